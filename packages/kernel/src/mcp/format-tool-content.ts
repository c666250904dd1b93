/** One content block of a `tools/call` result, as far as Oxios reads it. */
export interface ContentBlock {
  readonly type: string;
  readonly text?: string;
  readonly mimeType?: string;
  readonly data?: string;
  readonly uri?: string;
  readonly resource?: { readonly uri?: string; readonly mimeType?: string; readonly text?: string };
}

function describe(block: ContentBlock): string {
  switch (block.type) {
    case 'text':
      return block.text ?? '';
    case 'image':
    case 'audio':
      return `[${block.type} ${block.mimeType ?? 'unknown type'}, ${Math.floor(((block.data ?? '').length * 3) / 4)} bytes]`;
    case 'resource_link':
      return `[resource ${block.uri ?? ''}]`;
    case 'resource':
      return block.resource?.text ?? `[resource ${block.resource?.uri ?? ''} ${block.resource?.mimeType ?? ''}]`.trim();
    default:
      return `[${block.type} content]`;
  }
}

/**
 * A `tools/call` result as the text the model reads: text blocks verbatim, other blocks (images,
 * audio, resources) as one descriptive line each, or the structured content as JSON when there
 * are no blocks.
 */
export function formatToolContent(content: readonly ContentBlock[], structured: unknown): string {
  if (content.length === 0) return structured === undefined ? '' : JSON.stringify(structured, null, 2);
  return content.map(describe).join('\n');
}
