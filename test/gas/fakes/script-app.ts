/**
 * ScriptApp's granular-consent surface as Google's reference documents it: the scopes the
 * secretary granted (she may untick any at the consent screen), getAuthorizationInfo for all the
 * manifest's scopes or for a list, and requireScopes / requireAllScopes, which end the execution
 * with Google's authorization prompt when a scope is missing. Only scopes of appsscript.json exist.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type CallLog, counted } from "./call-log";
import { AUTH_MODES } from "./services";
import type { Assert, FakeOf, OnlyReal } from "./surface";

type RealScriptApp = GoogleAppsScript.Script.ScriptApp;
type RealAuthorizationInfo = GoogleAppsScript.Script.AuthorizationInfo;

/** The manifest's oauthScopes: what the consent screen lists. */
export const MANIFEST_SCOPES: readonly string[] = (
  JSON.parse(readFileSync(join(process.cwd(), "appsscript.json"), "utf8")) as { oauthScopes: string[] }
).oauthScopes;

export const AUTHORIZATION_STATUS = { REQUIRED: "REQUIRED", NOT_REQUIRED: "NOT_REQUIRED" } as const;

export interface AuthorizationState {
  /** The scopes granted at the consent screen; all of the manifest's unless a test unticks some. */
  readonly granted: Set<string>;
  /** Prompts shown by requireScopes / requireAllScopes, each the scopes it asked for. */
  readonly prompts: string[][];
}

/** Thrown where Apps Script ends the execution to show its authorization prompt. */
export class AuthorizationPrompt extends Error {}

const AUTHORIZE_URL = "https://script.google.com/macros/d/fake-script-id/authorize";

export class FakeAuthorizationInfo
  implements
    FakeOf<RealAuthorizationInfo, "getAuthorizationStatus" | "getAuthorizationUrl" | "getAuthorizedScopes">
{
  constructor(
    private readonly asked: readonly string[],
    private readonly granted: ReadonlySet<string>,
  ) {}

  private missing(): string[] {
    return this.asked.filter((scope) => !this.granted.has(scope));
  }
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    const status =
      this.missing().length > 0 ? AUTHORIZATION_STATUS.REQUIRED : AUTHORIZATION_STATUS.NOT_REQUIRED;
    return status as unknown as GoogleAppsScript.Script.AuthorizationStatus;
  }
  /** null when nothing is to be authorized (reference: "returns null if no authorization is required"). */
  getAuthorizationUrl(): string {
    return (this.missing().length > 0 ? AUTHORIZE_URL : null) as string;
  }
  getAuthorizedScopes(): string[] | null {
    return this.asked.filter((scope) => this.granted.has(scope));
  }
}

function checkMode(authMode: unknown): void {
  if (!Object.values(AUTH_MODES).includes(authMode as never)) {
    throw new Error(`Exception: Invalid argument: authMode (${String(authMode)})`);
  }
}

function checkScopes(scopes: unknown): readonly string[] {
  if (!Array.isArray(scopes) || scopes.some((scope) => typeof scope !== "string")) {
    throw new Error("Exception: Invalid argument: oAuthScopes");
  }
  for (const scope of scopes) {
    if (!MANIFEST_SCOPES.includes(scope)) {
      throw new Error(`Fake: ${scope} is not among the oauthScopes of appsscript.json`);
    }
  }
  return scopes;
}

export class FakeScriptApp
  implements FakeOf<RealScriptApp, "requireScopes" | "requireAllScopes", "getAuthorizationInfo">
{
  readonly AuthMode = AUTH_MODES;
  readonly AuthorizationStatus = AUTHORIZATION_STATUS;

  constructor(
    private readonly log: CallLog,
    private readonly state: AuthorizationState,
  ) {}

  getAuthorizationInfo(authMode: unknown, oAuthScopes?: unknown): FakeAuthorizationInfo {
    checkMode(authMode);
    const asked = oAuthScopes === undefined ? MANIFEST_SCOPES : checkScopes(oAuthScopes);
    return counted(new FakeAuthorizationInfo(asked, this.state.granted), "AuthorizationInfo", this.log);
  }
  requireScopes(authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes: string[]): void {
    checkMode(authMode);
    this.require(checkScopes(oAuthScopes));
  }
  requireAllScopes(authMode: GoogleAppsScript.Script.AuthMode): void {
    checkMode(authMode);
    this.require(MANIFEST_SCOPES);
  }

  private require(scopes: readonly string[]): void {
    const missing = scopes.filter((scope) => !this.state.granted.has(scope));
    if (missing.length === 0) return;
    this.state.prompts.push(missing);
    throw new AuthorizationPrompt(
      `Authorization is required to perform that action (${missing.join(", ")}).`,
    );
  }
}

type _ScriptAppIsReal = Assert<OnlyReal<FakeScriptApp, RealScriptApp>>;
type _AuthorizationInfoIsReal = Assert<OnlyReal<FakeAuthorizationInfo, RealAuthorizationInfo>>;
