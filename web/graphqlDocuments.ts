import path from 'node:path'
import { transformAsync } from '@babel/core'
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset'
import type { Plugin } from 'vite'

/**
 * The client preset's build step: every `graphql(`…`)` call in a `*Documents.ts` file becomes an import
 * of its own compiled document from `src/gql/graphql.ts`. Without it each call goes through `src/gql/gql.ts`,
 * whose map holds every document of the app, so the first chunk carried all of them.
 */
export function graphqlDocuments(): Plugin {
  const artifactDirectory = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'src', 'gql')
  return {
    name: 'laomo:graphql-documents',
    enforce: 'pre',
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
      return result?.code ? { code: result.code, map: result.map } : null
    },
  }
}
