/** What the loader reads of a file: a picked or dropped File, or one kept across a reload (kept-file.ts). */
export type RegisteredFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>

/**
 * Dropped and picked files are not serialisable, so sources refer to them by
 * id and the File objects wait here until their query reads them.
 */
const files = new Map<string, RegisteredFile>()
let nextId = 1

export function registerFile(file: RegisteredFile): string {
  const id = String(nextId++)
  files.set(id, file)
  return id
}

export function getRegisteredFile(id: string): RegisteredFile | undefined {
  return files.get(id)
}
