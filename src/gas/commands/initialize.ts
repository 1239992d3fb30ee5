export function initializeWorkbook(): void {}
