// What a page's structured data (schema.org JSON-LD) says about its article.

type Node = Record<string, unknown>;

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/u;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

const typesOf = (node: Node): string[] => {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
};

/** Every object of the page's JSON-LD blocks, arrays and @graph lists unpacked; a block that does not parse is skipped. */
function nodesOf(document: Document): Node[] {
  const nodes: Node[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isNode(value)) {
      nodes.push(value);
      if (Array.isArray(value['@graph'])) value['@graph'].forEach(visit);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Saved pages sometimes carry broken structured data; the page's other metadata still counts.
    }
  }
  return nodes;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

export interface JsonLdArticle {
  headline: string | null;
  publisher: string | null;
  datePublished: string | null;
}

/** The page's article as its JSON-LD describes it: the first object of an article type. */
export function jsonLdArticle(document: Document): JsonLdArticle {
  const nodes = nodesOf(document);
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)));
  if (!article) return { headline: null, publisher: null, datePublished: null };
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  // The publisher can be written in place, as a bare name, or as a reference to another object of the graph.
  let publisher = Array.isArray(article.publisher) ? article.publisher[0] : article.publisher;
  if (isNode(publisher) && publisher.name === undefined && typeof publisher['@id'] === 'string') publisher = byId.get(publisher['@id']);
  return {
    headline: text(article.headline) ?? text(article.name),
    publisher: isNode(publisher) ? text(publisher.name) : text(publisher),
    datePublished: text(article.datePublished),
  };
}
