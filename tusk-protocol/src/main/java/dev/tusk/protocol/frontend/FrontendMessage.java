package dev.tusk.protocol.frontend;

/** Any message a client sends, so that servers can switch exhaustively over the whole protocol. */
public sealed interface FrontendMessage
        permits StartupMessage,
                SSLRequest,
                GSSENCRequest,
                CancelRequest,
                PasswordMessage,
                SASLInitialResponse,
                SASLResponse,
                GSSResponse,
                Query,
                Parse,
                Bind,
                Describe,
                Execute,
                Close,
                Flush,
                Sync,
                Terminate,
                CopyData,
                CopyDone,
                CopyFail,
                FunctionCall {}
