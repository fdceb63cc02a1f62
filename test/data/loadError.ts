/**
 * What loading a module of the rules' data says when one of its JSON files is replaced: the data and profile modules
 * check their files as they load, and a bad file must stop the load with a message naming the file and the key.
 */
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");

/** The message loading `module` (from the repository root) throws with `file` replaced by `data`; undefined: it loads. */
export function loadError(module: string, file: string, data: unknown): string | undefined {
  let message: string | undefined;
  jest.isolateModules(() => {
    jest.doMock(join(ROOT, file), () => data);
    try {
      jest.requireActual(join(ROOT, module));
    } catch (e) {
      message = e instanceof Error ? e.message : String(e);
    }
  });
  jest.dontMock(join(ROOT, file));
  return message;
}
