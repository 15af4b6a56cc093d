export function writeStressData(dir: string): number
export function writeImportCsv(file: string): { rows: number; bytes: number }
