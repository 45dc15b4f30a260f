/**
 * Sentences that belong to the page around the story, not to the story: social and newsletter prompts,
 * tip lines, licensing footers, photo credits, navigation. A summary never picks them, whatever they score.
 * Patterns are ASCII and case-insensitive (no Unicode property classes), which keeps this check cheap:
 * it runs on every sentence of every article.
 */
const ANYWHERE = new RegExp(
  [
    String.raw`\b(?:follow|like|find)\s+(?:us|him|her|them|me|@?[a-z0-9_.'-]+(?:\s+[a-z'-]+){0,3})\s+on\s+(?:twitter|x|facebook|instagram|threads|bluesky|tiktok|linkedin|youtube|mastodon)\b`,
    String.raw`\bsend\s+(?:us\s+)?(?:your\s+)?(?:news\s+)?tips?\b`,
    String.raw`\ball\s+content\s+created\s+by\b`,
    String.raw`\ball\s+rights\s+reserved\b`,
    String.raw`(?:\bcopyright|\u00a9)\s*(?:\d{4}|the\b)`,
    String.raw`\bsign\s+up\b`,
    String.raw`\bclick\s+here\b`,
    String.raw`\bsubscribe\s+(?:to|now|today|for)\b`,
    String.raw`\b(?:our|the|daily|free|weekly)\s+newsletter\b`,
    String.raw`\bscroll\s+down\s+for\b`,
    String.raw`\b(?:read|see)\s+more\s*:`,
    String.raw`\bshare\s+(?:this|on)\s+(?:article|story|facebook|twitter|x)\b`,
    String.raw`\bcomments?\s+(?:are|is)\s+(?:loading|closed)\b`,
    String.raw`\b(?:photo|image|picture|video|graphic)s?\s*(?:credit)?\s*:\s*\S`,
    String.raw`\b(?:getty\s+images|ap\s+photo|afp\s+via|reuters/|shutterstock|istock|file\s+photo|epa-efe)\b`,
    String.raw`\b(?:contact|email|e-mail)\s+(?:the\s+)?(?:author|reporter|writer|us|newsroom)\b`,
    String.raw`\bfor\s+(?:licensing|reprint)\b`,
    String.raw`\bdownload\s+(?:our|the)\s+app\b`,
    String.raw`\blisten\s+to\s+(?:this|the)\s+(?:article|story|podcast)\b`,
    String.raw`\b(?:this|the)\s+(?:article|story|post)\s+(?:was|has\s+been)\s+(?:originally\s+)?(?:published|updated|amended)\b`,
    String.raw`\b(?:accept|enable)\s+(?:all\s+)?cookies\b`,
    String.raw`\bjavascript\s+(?:is\s+)?(?:disabled|required)\b`,
    String.raw`\bwatch\s+(?:the\s+)?(?:full\s+)?video\b`,
  ].join('|'),
  'i',
);

const WHOLE = new RegExp(
  [
    String.raw`^(?:related(?:\s+(?:stories|articles|coverage))?|read\s+(?:more|next|also)|more\s+on\s+this|see\s+also|tags?)\s*:`,
    String.raw`^(?:advertisement|sponsored(?:\s+content)?|trending|share|comments?|print|email)$`,
    String.raw`^(?:published|updated|last\s+(?:updated|modified)|posted)\s*:?\s*\d`,
    // A broadcast transcript's stage directions and unnamed voices: "(SOUNDBITE OF ARCHIVED RECORDING)",
    // "UNIDENTIFIED PERSON #1: This side, you're going to yell boot."
    String.raw`^\((?:soundbite|sound\s*bite|crosstalk|laughter|applause|music|begin|end)\b[^)]*\)$`,
    String.raw`^unidentified\s+[a-z]+(?:\s+#\d+)?\s*:`,
  ].join('|'),
  'i',
);

/** A line that is only a byline ("By Saagar Enjeti"). */
const BYLINE = /^[Bb]y\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}$/;

/** Whether a sentence is page furniture rather than story. */
export function isBoilerplate(sentence: string): boolean {
  const text = sentence.trim();
  return ANYWHERE.test(text) || WHOLE.test(text) || BYLINE.test(text);
}
