export function evaluateYear(): void {}
