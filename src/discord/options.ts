import { ApplicationCommandOptionType } from "discord.js";
import { localizedUserError } from "../errors.js";

/**
 * Typed options derived from a command's `as const` definition (yuudachi style): renaming an option
 * in `data` makes every use of the old name a compile error.
 */
interface OptionDef {
  readonly type: ApplicationCommandOptionType;
  readonly name: string;
  readonly required?: boolean;
  readonly choices?: readonly { readonly name: string; readonly value: string | number }[];
  readonly options?: readonly OptionDef[];
}

interface CommandDef {
  readonly options?: readonly OptionDef[];
}

type ValueOf<O> = O extends { readonly choices: readonly { readonly value: infer V }[] }
  ? V
  : O extends { readonly type: ApplicationCommandOptionType.Integer }
    ? number
    : O extends { readonly type: ApplicationCommandOptionType.Number }
      ? number
      : O extends { readonly type: ApplicationCommandOptionType.Boolean }
        ? boolean
        : string;

type LeafOptions<Os> = Os extends readonly OptionDef[]
  ? {
      [O in Os[number] as O["name"]]: O extends { readonly required: true }
        ? ValueOf<O>
        : ValueOf<O> | undefined;
    }
  : Record<never, never>;

type Subcommands<Os extends readonly OptionDef[]> = Extract<
  Os[number],
  { readonly type: ApplicationCommandOptionType.Subcommand }
>;

type SubcommandOptions<S> = S extends { readonly name: infer N }
  ? { subcommand: N } & LeafOptions<S extends { readonly options: infer Os } ? Os : []>
  : never;

/** The parsed options of a command definition. */
export type OptionsOf<D extends CommandDef> = D extends { readonly options: infer Os }
  ? Os extends readonly OptionDef[]
    ? [Subcommands<Os>] extends [never]
      ? LeafOptions<Os>
      : SubcommandOptions<Subcommands<Os>>
    : Record<never, never>
  : Record<never, never>;

/** What `interaction.options` offers (structural, so a plain object can stand in for it in tests). */
export interface OptionSource {
  getSubcommand(required?: boolean): string | null;
  get(name: string): { value?: string | number | boolean | undefined } | null;
}

const TYPE_OF: Partial<Record<ApplicationCommandOptionType, string>> = {
  [ApplicationCommandOptionType.String]: "string",
  [ApplicationCommandOptionType.Integer]: "number",
  [ApplicationCommandOptionType.Number]: "number",
  [ApplicationCommandOptionType.Boolean]: "boolean",
};

/** Reads and checks the options of an interaction against the definition; UserError when bad. */
export function readOptions<const D extends CommandDef>(
  source: OptionSource,
  data: D,
): OptionsOf<D> {
  const defs = data.options ?? [];
  const hasSubcommands = defs.some((o) => o.type === ApplicationCommandOptionType.Subcommand);
  const out: Record<string, unknown> = {};
  let leaves: readonly OptionDef[] = defs;
  if (hasSubcommands) {
    const name = source.getSubcommand(false);
    const sub = defs.find(
      (o) => o.type === ApplicationCommandOptionType.Subcommand && o.name === name,
    );
    if (!sub) throw localizedUserError("error.subcommand");
    out.subcommand = sub.name;
    leaves = sub.options ?? [];
  }
  for (const def of leaves) {
    const value = source.get(def.name)?.value;
    if (value === undefined || value === null || value === "") {
      if (def.required) throw localizedUserError("error.optionRequired", { name: def.name });
      out[def.name] = undefined;
      continue;
    }
    const expected = TYPE_OF[def.type];
    if (expected && typeof value !== expected) {
      throw localizedUserError("error.optionType", { name: def.name, type: expected });
    }
    if (def.choices && !def.choices.some((choice) => choice.value === value)) {
      const allowed = def.choices.map((choice) => `\`${choice.value}\``).join(", ");
      throw localizedUserError("error.optionChoice", { name: def.name, allowed });
    }
    out[def.name] = value;
  }
  return out as OptionsOf<D>;
}
