import swc from 'unplugin-swc';

// swc keeps decorator metadata, which type-graphql and MikroORM read at run time.
export const serverPlugins = [swc.vite({ jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' } })];
export const globalSetup = ['server/src/testing/global-setup.ts'];
// type-graphql and MikroORM read decorator metadata through the Reflect API.
export const setupFiles = ['server/src/testing/setup-reflect.ts', 'server/src/testing/one-statement-at-a-time.ts'];
