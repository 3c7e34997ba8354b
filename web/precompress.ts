import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { brotliCompressSync, constants } from 'node:zlib'
import type { Plugin } from 'vite'

/**
 * Writes every script and stylesheet of the browser build also as `<file>.br`, brotli at quality 11, which the
 * server sends as it is to browsers that take brotli (server/src/web-pages.ts): ~13 % fewer bytes than the
 * quality the server can afford when compressing each answer on the fly.
 */
export function precompress(): Plugin {
  let outDir = 'dist'
  let ssr = false
  return {
    name: 'laomo:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
      ssr = Boolean(config.build.ssr)
    },
    async writeBundle(_options, bundle) {
      if (ssr) return
      await Promise.all(
        Object.keys(bundle)
          .filter((file) => /\.(js|css)$/.test(file))
          .map(async (file) => {
            const target = path.join(outDir, file)
            const compressed = brotliCompressSync(await readFile(target), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
            await writeFile(`${target}.br`, compressed)
          }),
      )
    },
  }
}
