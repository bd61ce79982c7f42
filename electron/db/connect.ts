/** The one place a better-sqlite3 connection is made, so the native binding choice is never missed. */
import Database from 'better-sqlite3';

export interface ConnectOptions {
  /** Path of the better-sqlite3 `.node` file; unset means the Node-ABI build in node_modules. */
  readonly nativeBinding?: string | undefined;
  readonly readonly?: boolean;
}

/** Opens a better-sqlite3 connection with the given native binding, if any. */
export function connect(file: string, options: ConnectOptions = {}): Database.Database {
  return new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
  });
}
