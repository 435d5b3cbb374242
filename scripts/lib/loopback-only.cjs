// Preloaded into the Agents Playground (node --require): it has no option for the address it listens on
// and calls server.listen(port) with no host, which binds every network interface. This makes such calls
// bind to the loopback interface only; a listen that names a host is left as it is.
"use strict";
const net = require("net");
const LOOPBACK = "127.0.0.1";
const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function (...args) {
    const [first, second] = args;
    if (typeof first === "number" || (typeof first === "string" && /^\d+$/.test(first))) {
        if (typeof second !== "string") {
            args.splice(1, 0, LOOPBACK); // listen(port[, backlog][, callback]) -> listen(port, host, ...)
        }
    } else if (first && typeof first === "object" && !first.path && !first.host && !first.fd && !first.handle && !first._handle) {
        args[0] = { ...first, host: LOOPBACK };
    }
    return listen.apply(this, args);
};
