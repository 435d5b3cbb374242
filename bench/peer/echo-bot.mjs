// Microsoft's Bot Framework SDK for JavaScript as the benchmarks' peer: a CloudAdapter bot that echoes each
// message, on node's own HTTP server. No app id: the adapter accepts the benchmark's unsigned requests and
// replies to the activity's serviceUrl (the benchmark's loopback connector) without a token.
// Usage: node bench/peer/echo-bot.mjs <port>
import http from "node:http";
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from "botbuilder";

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
    await context.sendActivity(`You said: ${context.activity.text}`);
    await next();
});

const server = http.createServer((req, res) => {
    if (req.method === "GET" && req.url === "/healthz") {
        res.writeHead(200).end("ok");
        return;
    }
    let body = "";
    req.setEncoding("utf8");
    req.on("data", chunk => (body += chunk));
    req.on("end", () => {
        try {
            req.body = JSON.parse(body);
        } catch {
            res.writeHead(400).end();
            return;
        }
        // CloudAdapter.process reads req.body and answers through res (status, header, send, end).
        const response = {
            statusCode: 200,
            status(code) { this.statusCode = code; return this; },
            header(name, value) { res.setHeader(name, value); return this; },
            send(data) { this.data = data; return this; },
            end() {
                res.writeHead(this.statusCode);
                res.end(this.data === undefined ? undefined : typeof this.data === "string" ? this.data : JSON.stringify(this.data));
                return this;
            },
        };
        adapter.process(req, response, context => bot.run(context)).catch(() => {
            if (!res.headersSent) res.writeHead(500).end();
        });
    });
});
server.listen(Number(process.argv[2]), "127.0.0.1", () => console.log(`peer echo bot on ${process.argv[2]}`));
