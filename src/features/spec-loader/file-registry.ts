/**
 * Dropped and picked files are not serialisable, so sources refer to them by
 * id and the File objects wait here until their query reads them.
 */
const files = new Map<string, File>()
let nextId = 1

export function registerFile(file: File): string {
  const id = String(nextId++)
  files.set(id, file)
  return id
}

export function getRegisteredFile(id: string): File | undefined {
  return files.get(id)
}
