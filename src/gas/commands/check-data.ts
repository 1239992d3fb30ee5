export function checkData(): void {}
