/**
 * Regular expressions compiled straight to machine code (docs/adr/0018-attribution-model.md, "V8's
 * regular-expression budget").
 *
 * V8 first compiles a regular expression to bytecode for its interpreter, and to machine code only
 * once it runs again ("tier-up"). It also counts all the regular-expression code an isolate has
 * ever generated, and once that passes 1 MB while the isolate has more than 16 MB of executable
 * memory, it compiles every later pattern without its optimizations (`TooMuchRegExpCode` in V8's
 * regexp.cc). The quote engines' patterns are large Unicode ones: their bytecode came to 18.7 MB,
 * about 41 KB a pattern, and their machine code passes 16 MB within the first few articles. So the
 * bytecode spent the budget early, and most patterns reached machine code unoptimized for the life
 * of the process. Without the tier-up no bytecode is generated, more patterns keep their
 * optimizations, and the rules engine ran 1.16 to 1.27 times as fast, with the same outputs. What
 * it costs: a pattern that runs once is compiled to machine code rather than interpreted.
 *
 * V8 reads the flag when it compiles a pattern, and a pattern that has bytecode already keeps it, so
 * the flag is set before anything else runs: src/main.ts (the bot, whose work threads share the
 * process's flags) imports this module first, and the npm scripts that time or train the engines
 * (`bench`, `eval:quotes`, `train:quotes`) pass it to node (their modules are also imported by
 * tests, so they do not import this one). The command line does neither: its commands are short,
 * and compiling every pattern they run once to machine code costs more than it saves (`newsdesk
 * --help` took about 20 ms longer with the flag).
 */
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--no-regexp-tier-up");
