/**
 * @oxios/gateway — the channel-agnostic message hub between the ways people reach Oxios and the
 * kernel's orchestrator: a {@link Channel} interface, a {@link Gateway} that routes messages to a
 * {@link MessageHandler} with per-session ordering, reply correlation, timeouts and backpressure,
 * and the in-process web channel the HTTP server uses.
 *
 * Every export is named. Expected failures are returned as `Result`/`ResultAsync` values carrying
 * a {@link GatewayError}.
 */

// errors
export type {
  AbortedError,
  ChannelExistsError,
  ChannelFailedError,
  ChannelNotFoundError,
  ChannelOperation,
  DuplicateRequestError,
  GatewayError,
  GatewayErrorCode,
  HandlerError,
  HandlerFailedError,
  InvalidMessageError,
  MessageIssue,
  OverloadedError,
  OverloadScope,
  StoppedError,
  TimeoutError,
} from './errors/gateway-error.js';
export {
  aborted,
  channelExists,
  channelFailed,
  channelNotFound,
  duplicateRequest,
  handlerFailed,
  invalidMessage,
  overloaded,
  stopped,
  timedOut,
} from './errors/constructors.js';
export { GATEWAY_ERROR_CODES, isGatewayError } from './errors/is-gateway-error.js';
export { ErrorBodySchema, fromErrorBody, toErrorBody, type ErrorBody } from './errors/error-body.js';

// logger
export { noopLogger, type Logger } from './logger/logger.js';

// messages
export { JsonValueSchema, type JsonValue } from './messages/json-value.js';
export { IdentitySchema, type Identity } from './messages/identity.js';
export {
  ChannelNameSchema,
  IncomingMessageSchema,
  MetadataSchema,
  type IncomingMessage,
} from './messages/incoming-message.js';
export {
  DataContentSchema,
  ErrorContentSchema,
  OutgoingContentSchema,
  OutgoingMessageSchema,
  ReplyContentSchema,
  TextContentSchema,
  type OutgoingContent,
  type OutgoingMessage,
  type ReplyContent,
} from './messages/outgoing-message.js';
export { parseIncomingMessage } from './messages/parse-incoming-message.js';

// channels and handlers
export type { CancelReason, Channel, ChannelContext, SendOptions } from './channel/channel.js';
export type { HandlerContext, HandlerReply, MessageHandler } from './handler/message-handler.js';

// gateway
export { createGateway } from './gateway/create-gateway.js';
export { HANDLER_THREW } from './gateway/invoke-handler.js';
export type {
  Gateway,
  GatewayOptions,
  GatewayStats,
  RequestOptions,
  StopOptions,
  StopReport,
  SubmitOptions,
} from './gateway/types.js';

// web channel
export { createWebChannel } from './web/create-web-channel.js';
export type {
  FeedOptions,
  ReplyFeed,
  WebChannel,
  WebChannelOptions,
  WebRequest,
  WebRequestOptions,
} from './web/types.js';
