/**
 * What the CLI prints comes partly from the workbook (names, notes, tab names). A cell holding Excel's
 * escape `_x001B_` reads as a real ESC: printed raw it could clear the screen and draw a fake verdict.
 * Every control character, and the bidirectional overrides that reorder what is shown, is printed as its
 * visible `\uXXXX` escape instead; line breaks and tabs stay. Inside the JSON output the escape is valid
 * JSON for the same character, so `--json` keeps the data exact.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this module's job.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function terminalText(text: string): string {
  return text.replace(CONTROLS, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
