/** The web app's own GraphQL documents, sent as the web sends them (urql adds `__typename` to every selection). */
import { Kind, print, visit, type DocumentNode, type SelectionSetNode } from 'graphql';
import { NoticeDocument } from '../../web/src/gql/graphql.js';

function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node: SelectionSetNode, _key, parent) {
      if (parent && !Array.isArray(parent) && (parent as { kind: string }).kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return { ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] };
    },
  });
}

export const NOTICE_QUERY = print(withTypenames(NoticeDocument as unknown as DocumentNode));

/** The URL of the notice page's GET, as urql sends it with `preferGetMethod`. */
export function noticeReadUrl(base: string, notice: string, first = 50): string {
  const url = new URL('/graphql', base);
  url.searchParams.set('operationName', 'Notice');
  url.searchParams.set('query', NOTICE_QUERY);
  url.searchParams.set('variables', JSON.stringify({ id: notice, first }));
  return url.toString();
}

/** What every GraphQL GET carries, so Apollo's CSRF prevention lets it through. */
export const GET_HEADERS = { 'apollo-require-preflight': 'true', 'accept-language': 'zh-CN' };
