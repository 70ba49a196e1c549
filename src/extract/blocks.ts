/**
 * Turns Readability's article element into text blocks, one per block element (paragraph, heading,
 * list item, quote, table row…), so paragraphs stay paragraphs instead of running together as they do in
 * `textContent`. Obvious page furniture inside the article (captions, credits, "Advertisement",
 * share and newsletter prompts) is dropped.
 */

const BLOCK_TAGS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DETAILS",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TBODY",
  "THEAD",
  "TR",
  "UL",
]);

const SKIPPED_TAGS = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "BUTTON",
  "SELECT",
  "TEXTAREA",
  "IFRAME",
  "FIGCAPTION",
]);

/**
 * Whole blocks that are page furniture, not article text; a related link after its prompt too
 * (`READ MORE: China plague outbreak confirmed: …`, `Related: The 15 Weirdest Galaxies`).
 */
const BOILERPLATE =
  /^(advertisement|advertising|ad|sponsored( content)?|story continues below( advertisement)?|continue reading( below)?|article continues below|read more|read next|related( articles| stories| coverage)?|(read more|read next|related|more|also read|see also|watch) ?:( .{1,160})?|more on this( story)?|recommended|share( this)?( article| story)?|share on \w+|tweet|email|print|comment|comments|skip advert(isement)?|image|photo|video|getty images|image copyright|image caption|media caption|copyright .{0,40}|\(?(photo|image|picture|credit)s?( by)?:? .{0,60}\)?|sign up( now)?( for .{0,60})?|subscribe( now)?( to .{0,60})?|follow us( on .{0,40})?|listen to (this|the) (article|story).{0,20}|\d+ min(ute)?s? read|((first )?(updated|published|posted)( on)?):? .{0,60}|advert|caption|close|skip to( main)? content|post (a )?comment.{0,10}|this slideshow requires javascript\.?|filed under:? .{0,80}|.{0,80}(getty images|ap photo|reuters|afp|shutterstock|istock)\)?)$/i;

const BYLINE_LIKE =
  /^[Bb]y\s+[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,4}(\s*(,|and)\s+[A-Z][\w.'’ -]*)*$/;

function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  if (element.getAttribute("aria-hidden") === "true") return true;
  if (element.hasAttribute("hidden")) return true;
  return false;
}

/** Text per block element, white space collapsed, empty and boilerplate blocks dropped. */
export function collectBlocks(root: Element): string[] {
  const blocks: string[] = [];
  let current = "";
  let linkText = "";
  let inLink = 0;
  let inListItem = 0;
  const flush = (): void => {
    const block = current.replace(/\s+/g, " ").trim();
    const linked = linkText.replace(/\s+/g, " ").trim();
    current = "";
    linkText = "";
    if (block === "" || isBoilerplate(block)) return;
    if (isLinkBlock(block, linked, inListItem > 0)) return;
    blocks.push(block);
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? "";
      if (inLink > 0) linkText += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (isSkipped(element)) return;
    if (element.tagName === "BR") {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(element.tagName);
    if (block) flush();
    // A table row is one block, its cells separated, so rows of figures stay rows.
    if ((element.tagName === "TD" || element.tagName === "TH") && current.trim() !== "") {
      current += " | ";
    }
    const link = element.tagName === "A";
    const item = element.tagName === "LI";
    if (link) inLink++;
    if (item) inListItem++;
    for (const child of Array.from(element.childNodes)) walk(child);
    if (block) flush();
    if (link) inLink--;
    if (item) inListItem--;
  };
  walk(root);
  flush();
  return blocks;
}

/**
 * A block that is all link: a menu entry ("Home", "Sports") or, in a list, a related-story
 * headline. Links inside running text never make up the whole block.
 */
function isLinkBlock(block: string, linked: string, inListItem: boolean): boolean {
  if (linked.length < block.length * 0.9) return false;
  return inListItem || block.split(" ").length <= 5;
}

export function isBoilerplate(block: string): boolean {
  if (block.length > 120) return false;
  return BOILERPLATE.test(block) || BYLINE_LIKE.test(block);
}
