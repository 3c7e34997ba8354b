import { readFileSync } from 'node:fs'
import path from 'node:path'
import { transformAsync } from '@babel/core'
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset'
import type { Plugin } from 'vite'

/** The id prefix of one compiled document as a module of its own (see `load`). */
const DOCUMENT_PREFIX = '\0laomo-gql-document:'

/**
 * The client preset's build step: every `graphql(`…`)` call in a `*Documents.ts` file becomes an import
 * of its own compiled document from `src/gql/graphql.ts`. Without it each call goes through `src/gql/gql.ts`,
 * whose map holds every document of the app, so the first chunk carried all of them.
 *
 * Each such import is then pointed at a module holding that one document: `graphql.ts` is a single module,
 * and a bundler keeps a module whole in one chunk, so every document any page used (~470 KB, ~20 KB
 * compressed) was one chunk that the first page already loaded. Now a document travels with the feature
 * that uses it.
 */
export function graphqlDocuments(): Plugin {
  const artifactDirectory = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'src', 'gql')
  const artifactFile = path.join(artifactDirectory, 'graphql.ts')
  let documents: Map<string, string> | undefined
  const documentSource = (name: string): string => {
    if (!documents) {
      documents = new Map()
      // Codegen writes each compiled document on one line: `export const XDocument = {…} as unknown as DocumentNode<…>;`
      for (const match of readFileSync(artifactFile, 'utf8').matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)) {
        documents.set(match[1]!, match[2]!)
      }
    }
    const source = documents.get(name)
    if (!source) throw new Error(`laomo:graphql-documents: no compiled document ${name} in ${artifactFile}; run codegen`)
    return source
  }
  return {
    name: 'laomo:graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = undefined
    },
    resolveId(id) {
      return id.startsWith(DOCUMENT_PREFIX) ? id : null
    },
    load(id) {
      if (!id.startsWith(DOCUMENT_PREFIX)) return null
      if (this.addWatchFile) this.addWatchFile(artifactFile)
      return `export const ${id.slice(DOCUMENT_PREFIX.length)} = ${documentSource(id.slice(DOCUMENT_PREFIX.length))}\n`
    },
    async transform(code, id) {
      if (!/Documents\.ts$/.test(id) || !code.includes('graphql(')) return null
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript'] },
        plugins: [[babelOptimizerPlugin, { artifactDirectory, gqlTagName: 'graphql' }]],
      })
      if (!result?.code) return null
      const graphqlModule = path.join(artifactDirectory, 'graphql')
      const output = result.code.replace(/^import \{ (\w+) \} from "([^"]+)";$/gm, (line, name: string, from: string) =>
        path.resolve(path.dirname(id), from) === graphqlModule ? `import { ${name} } from "${DOCUMENT_PREFIX}${name}";` : line,
      )
      // One import per line either way, so the babel step's source map still holds.
      return { code: output, map: result.map }
    },
  }
}
