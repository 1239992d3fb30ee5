/**
 * What Google's reference documents of granular consent and @types/google-apps-script 2.0.13 lacks:
 * `ScriptApp.getAuthorizationInfo(authMode, oAuthScopes)` (the status of the listed scopes only)
 * and `AuthorizationInfo.getAuthorizedScopes()`.
 */
declare namespace GoogleAppsScript.Script {
  interface ScriptApp {
    getAuthorizationInfo(authMode: AuthMode, oAuthScopes: string[]): AuthorizationInfo;
  }
  interface AuthorizationInfo {
    getAuthorizedScopes(): string[] | null;
  }
}
