import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  WasmpackError,
  wrap
} from "./chunk-U4FSHFBH.js";
import {
  __commonJS,
  __name,
  __require,
  __toESM
} from "./chunk-GZZTAZ46.js";

// node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/events-universal/default.js"(exports, module) {
    module.exports = __require("events");
  }
});

// node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/fast-fifo/fixed-size.js"(exports, module) {
    module.exports = class {
      static {
        __name(this, "FixedFIFO");
      }
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm), this.mask = hwm - 1, this.top = 0, this.btm = 0, this.next = null;
      }
      clear() {
        this.top = this.btm = 0, this.next = null, this.buffer.fill(void 0);
      }
      push(data) {
        return this.buffer[this.top] !== void 0 ? !1 : (this.buffer[this.top] = data, this.top = this.top + 1 & this.mask, !0);
      }
      shift() {
        let last = this.buffer[this.btm];
        if (last !== void 0)
          return this.buffer[this.btm] = void 0, this.btm = this.btm + 1 & this.mask, last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/fast-fifo/index.js"(exports, module) {
    var FixedFIFO = require_fixed_size();
    module.exports = class {
      static {
        __name(this, "FastFIFO");
      }
      constructor(hwm) {
        this.hwm = hwm || 16, this.head = new FixedFIFO(this.hwm), this.tail = this.head, this.length = 0;
      }
      clear() {
        this.head = this.tail, this.head.clear(), this.length = 0;
      }
      push(val) {
        if (this.length++, !this.head.push(val)) {
          let prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length), this.head.push(val);
        }
      }
      shift() {
        this.length !== 0 && this.length--;
        let val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          let next = this.tail.next;
          return this.tail.next = null, this.tail = next, this.tail.shift();
        }
        return val;
      }
      peek() {
        let val = this.tail.peek();
        return val === void 0 && this.tail.next ? this.tail.next.peek() : val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports, module) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    __name(isBuffer, "isBuffer");
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    __name(isEncoding, "isEncoding");
    function alloc(size, fill2, encoding) {
      return Buffer.alloc(size, fill2, encoding);
    }
    __name(alloc, "alloc");
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    __name(allocUnsafe, "allocUnsafe");
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    __name(allocUnsafeSlow, "allocUnsafeSlow");
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    __name(byteLength, "byteLength");
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    __name(compare, "compare");
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    __name(concat, "concat");
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    __name(copy, "copy");
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    __name(equals, "equals");
    function fill(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    __name(fill, "fill");
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    __name(from, "from");
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    __name(includes, "includes");
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    __name(indexOf, "indexOf");
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    __name(lastIndexOf, "lastIndexOf");
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    __name(swap16, "swap16");
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    __name(swap32, "swap32");
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    __name(swap64, "swap64");
    function toBuffer(buffer) {
      return Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    __name(toBuffer, "toBuffer");
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    __name(toString, "toString");
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    __name(toHex, "toHex");
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    __name(write, "write");
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    __name(readDoubleBE, "readDoubleBE");
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    __name(readDoubleLE, "readDoubleLE");
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    __name(readFloatBE, "readFloatBE");
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    __name(readFloatLE, "readFloatLE");
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    __name(readInt32BE, "readInt32BE");
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    __name(readInt32LE, "readInt32LE");
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    __name(readUInt32BE, "readUInt32BE");
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    __name(readUInt32LE, "readUInt32LE");
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    __name(writeDoubleBE, "writeDoubleBE");
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    __name(writeDoubleLE, "writeDoubleLE");
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    __name(writeFloatBE, "writeFloatBE");
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    __name(writeFloatLE, "writeFloatLE");
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    __name(writeInt32BE, "writeInt32BE");
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    __name(writeInt32LE, "writeInt32LE");
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    __name(writeUInt32BE, "writeUInt32BE");
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    __name(writeUInt32LE, "writeUInt32LE");
    module.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat,
      copy,
      equals,
      fill,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/text-decoder/lib/pass-through-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class {
      static {
        __name(this, "PassThroughDecoder");
      }
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/text-decoder/lib/utf8-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class {
      static {
        __name(this, "UTF8Decoder");
      }
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0)
          return this.bytesSeen = trailingBytesSeen(data), b4a.toString(data, "utf8");
        let result = "", start = 0;
        if (this.bytesNeeded > 0) {
          for (; start < data.byteLength; ) {
            let byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "\uFFFD", this._reset();
              break;
            }
            if (this.lowerBoundary = 128, this.upperBoundary = 191, this.codePoint = this.codePoint << 6 | byte & 63, this.bytesSeen++, start++, this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint), this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        let trailing = trailingIncomplete(data, start), end = data.byteLength - trailing;
        end > start && (result += b4a.toString(data, "utf8", start, end));
        for (let i = end; i < data.byteLength; i++) {
          let byte = data[i];
          if (this.bytesNeeded === 0) {
            byte <= 127 ? (this.bytesSeen = 0, result += String.fromCharCode(byte)) : byte >= 194 && byte <= 223 ? (this.bytesNeeded = 2, this.bytesSeen = 1, this.codePoint = byte & 31) : byte >= 224 && byte <= 239 ? (byte === 224 ? this.lowerBoundary = 160 : byte === 237 && (this.upperBoundary = 159), this.bytesNeeded = 3, this.bytesSeen = 1, this.codePoint = byte & 15) : byte >= 240 && byte <= 244 ? (byte === 240 ? this.lowerBoundary = 144 : byte === 244 && (this.upperBoundary = 143), this.bytesNeeded = 4, this.bytesSeen = 1, this.codePoint = byte & 7) : (this.bytesSeen = 1, result += "\uFFFD");
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "\uFFFD", i--, this._reset();
            continue;
          }
          this.lowerBoundary = 128, this.upperBoundary = 191, this.codePoint = this.codePoint << 6 | byte & 63, this.bytesSeen++, this.bytesSeen === this.bytesNeeded && (result += String.fromCodePoint(this.codePoint), this._reset());
        }
        return result;
      }
      flush() {
        let result = this.bytesNeeded > 0 ? "\uFFFD" : "";
        return this._reset(), result;
      }
      _reset() {
        this.codePoint = 0, this.bytesNeeded = 0, this.bytesSeen = 0, this.lowerBoundary = 128, this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      let len = data.byteLength;
      if (len <= start) return 0;
      let limit = Math.max(start, len - 4), i = len - 1;
      for (; i > limit && (data[i] & 192) === 128; ) i--;
      if (i < start) return 0;
      let byte = data[i], needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      let available = len - i;
      return available < needed ? available : 0;
    }
    __name(trailingIncomplete, "trailingIncomplete");
    function trailingBytesSeen(data) {
      let len = data.byteLength;
      if (len === 0) return 0;
      let last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      let limit = Math.max(0, len - 4), i = len - 2;
      for (; i >= limit && (data[i] & 192) === 128; ) i--;
      if (i < 0) return 1;
      let first = data[i], needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        let second = data[i + 1];
        if (first === 224 && second < 160 || first === 237 && second > 159 || first === 240 && second < 144 || first === 244 && second > 143) return 1;
      }
      return 0;
    }
    __name(trailingBytesSeen, "trailingBytesSeen");
  }
});

// node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/text-decoder/index.js"(exports, module) {
    var PassThroughDecoder = require_pass_through_decoder(), UTF8Decoder = require_utf8_decoder();
    module.exports = class {
      static {
        __name(this, "TextDecoder");
      }
      constructor(encoding = "utf8") {
        switch (this.encoding = normalizeEncoding(encoding), this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        return typeof data == "string" ? data : this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        return data && (result = this.push(data)), result += this.decoder.flush(), result;
      }
    };
    function normalizeEncoding(encoding) {
      switch (encoding = encoding.toLowerCase(), encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
    __name(normalizeEncoding, "normalizeEncoding");
  }
});

// node_modules/streamx/lib/errors.js
var require_errors = __commonJS({
  "node_modules/streamx/lib/errors.js"(exports, module) {
    module.exports = class StreamError extends Error {
      static {
        __name(this, "StreamError");
      }
      constructor(msg, code, fn = StreamError) {
        super(msg), this.code = code, Error.captureStackTrace && Error.captureStackTrace(this, fn);
      }
      static isStreamDestroyed(err) {
        return err && err.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err) {
        return err && err.code === "PREMATURE_CLOSE";
      }
      static isAborted(err) {
        return err && err.code === "ABORTED";
      }
      static isBadArgument(err) {
        return err && err.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/streamx/index.js"(exports, module) {
    var { EventEmitter } = require_default(), FIFO = require_fast_fifo(), TextDecoder = require_text_decoder(), StreamError = require_errors(), qmt = typeof queueMicrotask > "u" ? (fn) => global.process.nextTick(fn) : queueMicrotask, MAX = (1 << 29) - 1, OPENING = 1, PREDESTROYING = 2, DESTROYING = 4, DESTROYED = 8, NOT_OPENING = MAX ^ OPENING, NOT_PREDESTROYING = MAX ^ PREDESTROYING, READ_ACTIVE = 16, READ_UPDATING = 32, READ_PRIMARY = 64, READ_QUEUED = 128, READ_RESUMED = 256, READ_PIPE_DRAINED = 512, READ_ENDING = 1024, READ_EMIT_DATA = 2048, READ_EMIT_READABLE = 4096, READ_EMITTED_READABLE = 8192, READ_DONE = 16384, READ_NEXT_TICK = 32768, READ_NEEDS_PUSH = 65536, READ_READ_AHEAD = 131072, READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED, READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH, READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE, READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED, READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD, READ_NOT_ACTIVE = MAX ^ READ_ACTIVE, READ_NON_PRIMARY = MAX ^ READ_PRIMARY, READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH), READ_PUSHED = MAX ^ READ_NEEDS_PUSH, READ_PAUSED = MAX ^ READ_RESUMED, READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE), READ_NOT_ENDING = MAX ^ READ_ENDING, READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING, READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK, READ_NOT_UPDATING = MAX ^ READ_UPDATING, READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD, READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD, WRITE_ACTIVE = 1 << 18, WRITE_UPDATING = 2 << 18, WRITE_PRIMARY = 4 << 18, WRITE_QUEUED = 8 << 18, WRITE_UNDRAINED = 16 << 18, WRITE_DONE = 32 << 18, WRITE_EMIT_DRAIN = 64 << 18, WRITE_NEXT_TICK = 128 << 18, WRITE_WRITING = 256 << 18, WRITE_FINISHING = 512 << 18, WRITE_CORKED = 1024 << 18, WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING), WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY, WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING), WRITE_DRAINED = MAX ^ WRITE_UNDRAINED, WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED, WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK, WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING, WRITE_NOT_CORKED = MAX ^ WRITE_CORKED, ACTIVE = READ_ACTIVE | WRITE_ACTIVE, NOT_ACTIVE = MAX ^ ACTIVE, DONE = READ_DONE | WRITE_DONE, DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING, OPEN_STATUS = DESTROY_STATUS | OPENING, AUTO_DESTROY = DESTROY_STATUS | DONE, NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY, ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK, TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE, IS_OPENING = OPEN_STATUS | TICKING, READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE, READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED, READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED, READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE, SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD, READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE, READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY, READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING, WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE, WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED, WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE, WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE, WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED, WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE, WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING, WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE, WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE, WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY, WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS, asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator"), WritableState = class {
      static {
        __name(this, "WritableState");
      }
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream, this.queue = new FIFO(), this.highWaterMark = highWaterMark, this.buffered = 0, this.error = null, this.pipeline = null, this.drains = null, this.byteLength = byteLengthWritable || byteLength || defaultByteLength, this.map = mapWritable || map, this.afterWrite = afterWrite.bind(this), this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        return (this.stream._duplexState & WRITE_DROP_DATA) !== 0 ? !1 : (this.map !== null && (data = this.map(data)), this.buffered += this.byteLength(data), this.queue.push(data), this.buffered < this.highWaterMark ? (this.stream._duplexState |= WRITE_QUEUED, !0) : (this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED, !1));
      }
      shift() {
        let data = this.queue.shift();
        return this.buffered -= this.byteLength(data), this.buffered === 0 && (this.stream._duplexState &= WRITE_NOT_QUEUED), data;
      }
      end(data) {
        typeof data == "function" ? this.stream.once("finish", data) : data != null && this.push(data), this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        let buffer = [], stream = this.stream;
        for (buffer.push(data); (stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE; )
          buffer.push(stream._writableState.shift());
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        let stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          for (; (stream._duplexState & WRITE_STATUS) === WRITE_QUEUED; ) {
            let data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING, stream._write(data, this.afterWrite);
          }
          (stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0 && this.updateNonPrimary();
        } while (this.continueUpdate() === !0);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        let stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE, stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          (stream._duplexState & ACTIVE_OR_TICKING) === 0 && (stream._duplexState |= ACTIVE, stream._destroy(afterDestroy.bind(this)));
          return;
        }
        (stream._duplexState & IS_OPENING) === OPENING && (stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING, stream._open(afterOpen.bind(this)));
      }
      continueUpdate() {
        return (this.stream._duplexState & WRITE_NEXT_TICK) === 0 ? !1 : (this.stream._duplexState &= WRITE_NOT_NEXT_TICK, !0);
      }
      updateCallback() {
        (this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY ? this.update() : this.updateNextTick();
      }
      updateNextTick() {
        (this.stream._duplexState & WRITE_NEXT_TICK) === 0 && (this.stream._duplexState |= WRITE_NEXT_TICK, (this.stream._duplexState & WRITE_UPDATING) === 0 && qmt(this.afterUpdateNextTick));
      }
    }, ReadableState = class {
      static {
        __name(this, "ReadableState");
      }
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream, this.queue = new FIFO(), this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark, this.buffered = 0, this.readAhead = highWaterMark > 0, this.error = null, this.pipeline = null, this.byteLength = byteLengthReadable || byteLength || defaultByteLength, this.map = mapReadable || map, this.pipeTo = null, this.afterRead = afterRead.bind(this), this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb != "function" && (cb = null), this.stream._duplexState |= READ_PIPE_DRAINED, this.pipeTo = pipeTo, this.pipeline = new Pipeline(this.stream, pipeTo, cb), cb && this.stream.on("error", noop), isStreamx(pipeTo))
          pipeTo._writableState.pipeline = this.pipeline, cb && pipeTo.on("error", noop), pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        else {
          let onerror = this.pipeline.done.bind(this.pipeline, pipeTo), onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror), pipeTo.on("close", onclose), pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this)), this.stream.emit("piping", pipeTo), pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        let stream = this.stream;
        return data === null ? (this.highWaterMark = 0, stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED, !1) : this.map !== null && (data = this.map(data), data === null) ? (stream._duplexState &= READ_PUSHED, this.buffered < this.highWaterMark) : (this.buffered += this.byteLength(data), this.queue.push(data), stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED, this.buffered < this.highWaterMark);
      }
      shift() {
        let data = this.queue.shift();
        return this.buffered -= this.byteLength(data), this.buffered === 0 && (this.stream._duplexState &= READ_NOT_QUEUED), data;
      }
      unshift(data) {
        let pending = [this.map !== null ? this.map(data) : data];
        for (; this.buffered > 0; ) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          let data2 = pending[i];
          this.buffered += this.byteLength(data2), this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        let stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          let data = this.shift();
          return this.pipeTo !== null && this.pipeTo.write(data) === !1 && (stream._duplexState &= READ_PIPE_NOT_DRAINED), (stream._duplexState & READ_EMIT_DATA) !== 0 && stream.emit("data", data), data;
        }
        return this.readAhead === !1 && (stream._duplexState |= READ_READ_AHEAD, this.updateNextTick()), null;
      }
      drain() {
        let stream = this.stream;
        for (; (stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0; ) {
          let data = this.shift();
          this.pipeTo !== null && this.pipeTo.write(data) === !1 && (stream._duplexState &= READ_PIPE_NOT_DRAINED), (stream._duplexState & READ_EMIT_DATA) !== 0 && stream.emit("data", data);
        }
      }
      update() {
        let stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          for (this.drain(); this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD; )
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH, stream._read(this.afterRead), this.drain();
          (stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED && (stream._duplexState |= READ_EMITTED_READABLE, stream.emit("readable")), (stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0 && this.updateNonPrimary();
        } while (this.continueUpdate() === !0);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        let stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING && (stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING, stream.emit("end"), (stream._duplexState & AUTO_DESTROY) === DONE && (stream._duplexState |= DESTROYING), this.pipeTo !== null && this.pipeTo.end()), (stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          (stream._duplexState & ACTIVE_OR_TICKING) === 0 && (stream._duplexState |= ACTIVE, stream._destroy(afterDestroy.bind(this)));
          return;
        }
        (stream._duplexState & IS_OPENING) === OPENING && (stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING, stream._open(afterOpen.bind(this)));
      }
      continueUpdate() {
        return (this.stream._duplexState & READ_NEXT_TICK) === 0 ? !1 : (this.stream._duplexState &= READ_NOT_NEXT_TICK, !0);
      }
      updateCallback() {
        (this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY ? this.update() : this.updateNextTick();
      }
      updateNextTickIfOpen() {
        (this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) === 0 && (this.stream._duplexState |= READ_NEXT_TICK, (this.stream._duplexState & READ_UPDATING) === 0 && qmt(this.afterUpdateNextTick));
      }
      updateNextTick() {
        (this.stream._duplexState & READ_NEXT_TICK) === 0 && (this.stream._duplexState |= READ_NEXT_TICK, (this.stream._duplexState & READ_UPDATING) === 0 && qmt(this.afterUpdateNextTick));
      }
    }, TransformState = class {
      static {
        __name(this, "TransformState");
      }
      constructor(stream) {
        this.data = null, this.afterTransform = afterTransform.bind(stream), this.afterFinal = null;
      }
    }, Pipeline = class {
      static {
        __name(this, "Pipeline");
      }
      constructor(src, dst, cb) {
        this.from = src, this.to = dst, this.afterPipe = cb, this.error = null, this.pipeToFinished = !1;
      }
      finished() {
        this.pipeToFinished = !0;
      }
      done(stream, err) {
        if (err && (this.error = err), stream === this.to && (this.to = null, this.from !== null)) {
          ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) && this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
          return;
        }
        if (stream === this.from && (this.from = null, this.to !== null)) {
          (stream._duplexState & READ_DONE) === 0 && this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
          return;
        }
        this.afterPipe !== null && this.afterPipe(this.error), this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED, this.updateCallback();
    }
    __name(afterDrain, "afterDrain");
    function afterFinal(err) {
      let stream = this.stream;
      err && stream.destroy(err), (stream._duplexState & DESTROY_STATUS) === 0 && (stream._duplexState |= WRITE_DONE, stream.emit("finish")), (stream._duplexState & AUTO_DESTROY) === DONE && (stream._duplexState |= DESTROYING), stream._duplexState &= WRITE_NOT_FINISHING, (stream._duplexState & WRITE_UPDATING) === 0 ? this.update() : this.updateNextTick();
    }
    __name(afterFinal, "afterFinal");
    function afterDestroy(err) {
      let stream = this.stream;
      !err && !StreamError.isStreamDestroyed(this.error) && (err = this.error), err && stream.emit("error", err), stream._duplexState |= DESTROYED, stream.emit("close");
      let rs = stream._readableState, ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null && rs.pipeline.done(stream, err), ws !== null) {
        for (; ws.drains !== null && ws.drains.length > 0; )
          ws.drains.shift().resolve(!1);
        ws.pipeline !== null && ws.pipeline.done(stream, err);
      }
    }
    __name(afterDestroy, "afterDestroy");
    function afterWrite(err) {
      let stream = this.stream;
      err && stream.destroy(err), stream._duplexState &= WRITE_NOT_ACTIVE, this.drains !== null && tickDrains(this.drains), (stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED && (stream._duplexState &= WRITE_DRAINED, (stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN && stream.emit("drain")), this.updateCallback();
    }
    __name(afterWrite, "afterWrite");
    function afterRead(err) {
      err && this.stream.destroy(err), this.stream._duplexState &= READ_NOT_ACTIVE, this.readAhead === !1 && (this.stream._duplexState & READ_RESUMED) === 0 && (this.stream._duplexState &= READ_NO_READ_AHEAD), this.updateCallback();
    }
    __name(afterRead, "afterRead");
    function updateReadNT() {
      (this.stream._duplexState & READ_UPDATING) === 0 && (this.stream._duplexState &= READ_NOT_NEXT_TICK, this.update());
    }
    __name(updateReadNT, "updateReadNT");
    function updateWriteNT() {
      (this.stream._duplexState & WRITE_UPDATING) === 0 && (this.stream._duplexState &= WRITE_NOT_NEXT_TICK, this.update());
    }
    __name(updateWriteNT, "updateWriteNT");
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++)
        --drains[i].writes === 0 && (drains.shift().resolve(!0), i--);
    }
    __name(tickDrains, "tickDrains");
    function afterOpen(err) {
      let stream = this.stream;
      err && stream.destroy(err), (stream._duplexState & DESTROYING) === 0 && ((stream._duplexState & READ_PRIMARY_STATUS) === 0 && (stream._duplexState |= READ_PRIMARY), (stream._duplexState & WRITE_PRIMARY_STATUS) === 0 && (stream._duplexState |= WRITE_PRIMARY), stream.emit("open")), stream._duplexState &= NOT_ACTIVE, stream._writableState !== null && stream._writableState.updateCallback(), stream._readableState !== null && stream._readableState.updateCallback();
    }
    __name(afterOpen, "afterOpen");
    function afterTransform(err, data) {
      data != null && this.push(data), this._writableState.afterWrite(err);
    }
    __name(afterTransform, "afterTransform");
    function newListener(name) {
      this._readableState !== null && (name === "data" && (this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD, this._readableState.updateNextTick()), name === "readable" && (this._duplexState |= READ_EMIT_READABLE, this._readableState.updateNextTick())), this._writableState !== null && name === "drain" && (this._duplexState |= WRITE_EMIT_DRAIN, this._writableState.updateNextTick());
    }
    __name(newListener, "newListener");
    var Stream = class extends EventEmitter {
      static {
        __name(this, "Stream");
      }
      constructor(opts) {
        super(), this._duplexState = 0, this._readableState = null, this._writableState = null, opts && (opts.open && (this._open = opts.open), opts.destroy && (this._destroy = opts.destroy), opts.predestroy && (this._predestroy = opts.predestroy), opts.signal && opts.signal.addEventListener("abort", abort.bind(this))), this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? !0 : void 0;
      }
      get writable() {
        return this._writableState !== null ? !0 : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err) {
        (this._duplexState & DESTROY_STATUS) === 0 && (err || (err = StreamError.STREAM_DESTROYED()), this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY, this._readableState !== null && (this._readableState.highWaterMark = 0, this._readableState.error = err), this._writableState !== null && (this._writableState.highWaterMark = 0, this._writableState.error = err), this._duplexState |= PREDESTROYING, this._predestroy(), this._duplexState &= NOT_PREDESTROYING, this._readableState !== null && this._readableState.updateNextTick(), this._writableState !== null && this._writableState.updateNextTick());
      }
    }, Readable5 = class _Readable extends Stream {
      static {
        __name(this, "Readable");
      }
      constructor(opts) {
        super(opts), this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD, this._readableState = new ReadableState(this, opts), opts && (this._readableState.readAhead === !1 && (this._duplexState &= READ_NO_READ_AHEAD), opts.read && (this._read = opts.read), opts.eagerOpen && this._readableState.updateNextTick(), opts.encoding && this.setEncoding(opts.encoding));
      }
      static deferred(fn, opts) {
        let out = new PassThrough2(opts);
        return fn().then((src) => {
          if (src === null) return out.end();
          out.destroying || pipeline3(src, out, noop);
        }).catch((err) => out.destroy(err)), out;
      }
      setEncoding(encoding) {
        let dec = new TextDecoder(encoding), map = this._readableState.map || echo;
        return this._readableState.map = mapOrSkip, this;
        function mapOrSkip(data) {
          let next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
        __name(mapOrSkip, "mapOrSkip");
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        return this._readableState.updateNextTick(), this._readableState.pipe(dest, cb), dest;
      }
      read() {
        return this._readableState.updateNextTick(), this._readableState.read();
      }
      push(data) {
        return this._readableState.updateNextTickIfOpen(), this._readableState.push(data);
      }
      unshift(data) {
        return this._readableState.updateNextTickIfOpen(), this._readableState.unshift(data);
      }
      resume() {
        return this._duplexState |= READ_RESUMED_READ_AHEAD, this._readableState.updateNextTick(), this;
      }
      pause() {
        return this._duplexState &= this._readableState.readAhead === !1 ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED, this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy, rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          data.done ? rs.push(null) : rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        Array.isArray(data) || (data = data === void 0 ? [] : [data]);
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]), cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        let stream = this, error = null, promiseResolve = null, promiseReject = null;
        return this.on("error", (err) => {
          error = err;
        }), this.on("readable", onreadable), this.on("close", onclose), {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve, reject) {
              promiseResolve = resolve, promiseReject = reject;
              let data = stream.read();
              data !== null ? ondata(data) : (stream._duplexState & DESTROYED) !== 0 && ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function onreadable() {
          promiseResolve !== null && ondata(stream.read());
        }
        __name(onreadable, "onreadable");
        function onclose() {
          promiseResolve !== null && ondata(null);
        }
        __name(onclose, "onclose");
        function ondata(data) {
          promiseReject !== null && (error ? promiseReject(error) : data === null && (stream._duplexState & READ_DONE) === 0 ? promiseReject(StreamError.STREAM_DESTROYED()) : promiseResolve({ value: data, done: data === null }), promiseReject = promiseResolve = null);
        }
        __name(ondata, "ondata");
        function destroy(err) {
          return stream.destroy(err), new Promise((resolve, reject) => {
            if (stream._duplexState & DESTROYED) return resolve({ value: void 0, done: !0 });
            stream.once("close", function() {
              err ? reject(err) : resolve({ value: void 0, done: !0 });
            });
          });
        }
        __name(destroy, "destroy");
      }
    }, Writable = class extends Stream {
      static {
        __name(this, "Writable");
      }
      constructor(opts) {
        super(opts), this._duplexState |= OPENING | READ_DONE, this._writableState = new WritableState(this, opts), opts && (opts.writev && (this._writev = opts.writev), opts.write && (this._write = opts.write), opts.final && (this._final = opts.final), opts.eagerOpen && this._writableState.updateNextTick());
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED, this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(!1);
        let state = ws._writableState, writes = (isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length) + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        return writes === 0 ? Promise.resolve(!0) : (state.drains === null && (state.drains = []), new Promise((resolve) => {
          state.drains.push({ writes, resolve });
        }));
      }
      write(data) {
        return this._writableState.updateNextTick(), this._writableState.push(data);
      }
      end(data) {
        return this._writableState.updateNextTick(), this._writableState.end(data), this;
      }
    }, Duplex = class extends Readable5 {
      static {
        __name(this, "Duplex");
      }
      // and Writable
      constructor(opts) {
        super(opts), this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD, this._writableState = new WritableState(this, opts), opts && (opts.writev && (this._writev = opts.writev), opts.write && (this._write = opts.write), opts.final && (this._final = opts.final));
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED, this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        return this._writableState.updateNextTick(), this._writableState.push(data);
      }
      end(data) {
        return this._writableState.updateNextTick(), this._writableState.end(data), this;
      }
    }, Transform3 = class extends Duplex {
      static {
        __name(this, "Transform");
      }
      constructor(opts) {
        super(opts), this._transformState = new TransformState(this), opts && (opts.transform && (this._transform = opts.transform), opts.flush && (this._flush = opts.flush));
      }
      _write(data, cb) {
        this._readableState.buffered >= this._readableState.highWaterMark ? this._transformState.data = data : this._transform(data, this._transformState.afterTransform);
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          let data = this._transformState.data;
          this._transformState.data = null, cb(null), this._transform(data, this._transformState.afterTransform);
        } else
          cb(null);
      }
      destroy(err) {
        super.destroy(err), this._transformState.data !== null && (this._transformState.data = null, this._transformState.afterTransform());
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb, this._flush(transformAfterFlush.bind(this));
      }
    }, PassThrough2 = class extends Transform3 {
      static {
        __name(this, "PassThrough");
      }
    };
    function transformAfterFlush(err, data) {
      let cb = this._transformState.afterFinal;
      if (err) return cb(err);
      data != null && this.push(data), this.push(null), cb(null);
    }
    __name(transformAfterFlush, "transformAfterFlush");
    function pipelinePromise(...streams) {
      return new Promise((resolve, reject) => pipeline3(...streams, (err) => {
        if (err) return reject(err);
        resolve();
      }));
    }
    __name(pipelinePromise, "pipelinePromise");
    function pipeline3(stream, ...streams) {
      let all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams], done = all.length && typeof all[all.length - 1] == "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0], dest = null, error = null;
      for (let i = 1; i < all.length; i++)
        dest = all[i], isStreamx(src) ? src.pipe(dest, onerror) : (errorHandle(src, !0, i > 1, onerror), src.pipe(dest)), src = dest;
      if (done) {
        let fin = !1, autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err) => {
          error === null && (error = err);
        }), dest.on("finish", () => {
          fin = !0, autoDestroy || done(error);
        }), autoDestroy && dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2), s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended || wr && s._writableState && !s._writableState.ended)
            return onerror2(StreamError.PREMATURE_CLOSE());
        }
        __name(onclose, "onclose");
      }
      function onerror(err) {
        if (!(!err || error)) {
          error = err;
          for (let s of all)
            s.destroy(err);
        }
      }
    }
    __name(pipeline3, "pipeline");
    function echo(s) {
      return s;
    }
    __name(echo, "echo");
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    __name(isStream, "isStream");
    function isStreamx(stream) {
      return typeof stream._duplexState == "number" && isStream(stream);
    }
    __name(isStreamx, "isStreamx");
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    __name(isEnding, "isEnding");
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    __name(isEnded, "isEnded");
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    __name(isFinishing, "isFinishing");
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    __name(isFinished, "isFinished");
    function getStreamError(stream, opts = {}) {
      let err = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err) ? null : err;
    }
    __name(getStreamError, "getStreamError");
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    __name(isReadStreamx, "isReadStreamx");
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    __name(isDisturbed, "isDisturbed");
    function isTypedArray(data) {
      return typeof data == "object" && data !== null && typeof data.byteLength == "number";
    }
    __name(isTypedArray, "isTypedArray");
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    __name(defaultByteLength, "defaultByteLength");
    function noop() {
    }
    __name(noop, "noop");
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    __name(abort, "abort");
    function isWritev(s) {
      return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev;
    }
    __name(isWritev, "isWritev");
    module.exports = {
      pipeline: pipeline3,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable,
      Readable: Readable5,
      Duplex,
      Transform: Transform3,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough: PassThrough2
    };
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports) {
    var b4a = require_b4a(), ZEROS = "0000000000000000000", SEVENS = "7777777777777777777", ZERO_OFFSET = 48, USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]), USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]), GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]), GNU_VER = b4a.from([32, 0]), MASK = 4095, MAGIC_OFFSET = 257, VERSION_OFFSET = 263;
    exports.decodeLongPath = /* @__PURE__ */ __name(function(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    }, "decodeLongPath");
    exports.encodePax = /* @__PURE__ */ __name(function(opts) {
      let result = "";
      opts.name && (result += addLength(" path=" + opts.name + `
`)), opts.linkname && (result += addLength(" linkpath=" + opts.linkname + `
`));
      let pax = opts.pax;
      if (pax)
        for (let key in pax)
          result += addLength(" " + key + "=" + pax[key] + `
`);
      return b4a.from(result);
    }, "encodePax");
    exports.decodePax = /* @__PURE__ */ __name(function(buf) {
      let result = {};
      for (; buf.length; ) {
        let i = 0;
        for (; i < buf.length && buf[i] !== 32; ) i++;
        let len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        let b = b4a.toString(buf.subarray(i + 1, len - 1)), keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1), buf = buf.subarray(len);
      }
      return result;
    }, "decodePax");
    exports.encode = /* @__PURE__ */ __name(function(opts) {
      let buf = b4a.alloc(512), name = opts.name, prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/" && (name += "/"), b4a.byteLength(name) !== name.length) return null;
      for (; b4a.byteLength(name) > 100; ) {
        let i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i), name = name.slice(i + 1);
      }
      return b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155 || opts.linkname && b4a.byteLength(opts.linkname) > 100 ? null : (b4a.write(buf, name), b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100), b4a.write(buf, encodeOct(opts.uid, 6), 108), b4a.write(buf, encodeOct(opts.gid, 6), 116), encodeSize(opts.size, buf, 124), b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136), buf[156] = ZERO_OFFSET + toTypeflag(opts.type), opts.linkname && b4a.write(buf, opts.linkname, 157), b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET), b4a.copy(USTAR_VER, buf, VERSION_OFFSET), opts.uname && b4a.write(buf, opts.uname, 265), opts.gname && b4a.write(buf, opts.gname, 297), b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329), b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337), prefix && b4a.write(buf, prefix, 345), b4a.write(buf, encodeOct(cksum(buf), 6), 148), buf);
    }, "encode");
    exports.decode = /* @__PURE__ */ __name(function(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET, name = decodeStr(buf, 0, 100, filenameEncoding), mode = decodeOct(buf, 100, 8), uid = decodeOct(buf, 108, 8), gid = decodeOct(buf, 116, 8), size = decodeOct(buf, 124, 12), mtime = decodeOct(buf, 136, 12), type = toType(typeflag), linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding), uname = decodeStr(buf, 265, 32), gname = decodeStr(buf, 297, 32), devmajor = decodeOct(buf, 329, 8), devminor = decodeOct(buf, 337, 8), c = cksum(buf);
      if (c === 256) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf))
        buf[345] && (name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name);
      else if (!isGNU(buf)) {
        if (!allowUnknownFormat)
          throw new Error("Invalid tar header: unknown format.");
      }
      return typeflag === 0 && name && name[name.length - 1] === "/" && (typeflag = 5), {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    }, "decode");
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    __name(isUSTAR, "isUSTAR");
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    __name(isGNU, "isGNU");
    function clamp(index, len, defaultValue) {
      return typeof index != "number" ? defaultValue : (index = ~~index, index >= len ? len : index >= 0 || (index += len, index >= 0) ? index : 0);
    }
    __name(clamp, "clamp");
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    __name(toType, "toType");
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    __name(toTypeflag, "toTypeflag");
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++)
        if (block[offset] === num) return offset;
      return end;
    }
    __name(indexOf, "indexOf");
    function cksum(block) {
      let sum = 256;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    __name(cksum, "cksum");
    function encodeOct(val, n) {
      return val = val.toString(8), val.length > n ? SEVENS.slice(0, n) + " " : ZEROS.slice(0, n - val.length) + val + " ";
    }
    __name(encodeOct, "encodeOct");
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--)
        buf[off + i] = num & 255, num = Math.floor(num / 256);
    }
    __name(encodeSizeBin, "encodeSizeBin");
    function encodeSize(num, buf, off) {
      num.toString(8).length > 11 ? encodeSizeBin(num, buf, off) : b4a.write(buf, encodeOct(num, 11), off);
    }
    __name(encodeSize, "encodeSize");
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = !0;
      else if (buf[0] === 255) positive = !1;
      else return null;
      let tuple = [], i;
      for (i = buf.length - 1; i > 0; i--) {
        let byte = buf[i];
        positive ? tuple.push(byte) : tuple.push(255 - byte);
      }
      let sum = 0, l = tuple.length;
      for (i = 0; i < l; i++)
        sum += tuple[i] * Math.pow(256, i);
      return positive ? sum : -1 * sum;
    }
    __name(parse256, "parse256");
    function decodeOct(val, offset, length) {
      if (val = val.subarray(offset, offset + length), offset = 0, val[offset] & 128)
        return parse256(val);
      {
        for (; offset < val.length && val[offset] === 32; ) offset++;
        let end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        for (; offset < end && val[offset] === 0; ) offset++;
        return end === offset ? 0 : parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    __name(decodeOct, "decodeOct");
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    __name(decodeStr, "decodeStr");
    function addLength(str) {
      let len = b4a.byteLength(str), digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      return len + digits >= Math.pow(10, digits) && digits++, len + digits + str;
    }
    __name(addLength, "addLength");
  }
});

// node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-stream/extract.js"(exports, module) {
    var { Writable, Readable: Readable5, getStreamError } = require_streamx(), FIFO = require_fast_fifo(), b4a = require_b4a(), headers = require_headers(), EMPTY = b4a.alloc(0), MAX_HEADER_SIZE = 4 * 1024 * 1024, BufferList = class {
      static {
        __name(this, "BufferList");
      }
      constructor() {
        this.buffered = 0, this.shifted = 0, this.queue = new FIFO(), this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength, this.queue.push(buffer);
      }
      shiftFirst(size) {
        return this.buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        let chunks = [chunk];
        for (; (size -= chunk.byteLength) > 0; )
          chunk = this._next(size), chunks.push(chunk);
        return b4a.concat(chunks);
      }
      _next(size) {
        let buf = this.queue.peek(), rem = buf.byteLength - this._offset;
        if (size >= rem) {
          let sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          return this.queue.shift(), this._offset = 0, this.buffered -= rem, this.shifted += rem, sub;
        }
        return this.buffered -= size, this.shifted += size, buf.subarray(this._offset, this._offset += size);
      }
    }, Source = class extends Readable5 {
      static {
        __name(this, "Source");
      }
      constructor(self, header, offset) {
        super(), this.header = header, this.offset = offset, this._parent = self;
      }
      _read(cb) {
        this.header.size === 0 && this.push(null), this._parent._stream === this && this._parent._update(), cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        this._parent._stream === this && (this._parent._stream = null, this._parent._missing = overflow(this.header.size), this._parent._update());
      }
      _destroy(cb) {
        this._detach(), cb(null);
      }
    }, Extract = class extends Writable {
      static {
        __name(this, "Extract");
      }
      constructor(opts) {
        super(opts), opts || (opts = {}), this._buffer = new BufferList(), this._offset = 0, this._header = null, this._stream = null, this._missing = 0, this._longHeader = !1, this._callback = noop, this._locked = !1, this._finished = !1, this._pax = null, this._paxGlobal = null, this._gnuLongPath = null, this._gnuLongLinkPath = null, this._filenameEncoding = opts.filenameEncoding || "utf-8", this._allowUnknownFormat = !!opts.allowUnknownFormat, this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err) {
        if (this._locked = !1, err) {
          this.destroy(err), this._continueWrite(err);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return !1;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err) {
          return this._continueWrite(err), !1;
        }
        if (!this._header) return !0;
        switch (this._header.byteOffset = this._buffer.shifted, this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            return this._longHeader = !0, this._missing = this._header.size, this._missing > MAX_HEADER_SIZE ? (this._continueWrite(new Error("Header exceeds max size")), !1) : !0;
        }
        return this._locked = !0, this._applyLongHeaders(), this._header.size >= 0 ? this._header.size === 0 || this._header.type === "directory" ? (this.emit("entry", this._header, this._createStream(), this._unlockBound), !0) : (this._stream = this._createStream(), this._missing = this._header.size, this.emit("entry", this._header, this._stream, this._unlockBound), !0) : (this._continueWrite(new Error("Invalid header")), !1);
      }
      _applyLongHeaders() {
        this._gnuLongPath && (this._header.name = this._gnuLongPath, this._gnuLongPath = null), this._gnuLongLinkPath && (this._header.linkname = this._gnuLongLinkPath, this._gnuLongLinkPath = null), this._pax && (this._pax.path && (this._header.name = this._pax.path), this._pax.linkpath && (this._header.linkname = this._pax.linkpath), this._pax.size && (this._header.size = parseInt(this._pax.size, 10)), this._header.pax = this._pax, this._pax = null);
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = !1, this._missing = overflow(this._header.size);
        let buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err) {
          return this._continueWrite(err), !1;
        }
        return !0;
      }
      _consumeStream() {
        let buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return !1;
        this._missing -= buf.byteLength;
        let drained = this._stream.push(buf);
        return this._missing === 0 ? (this._stream.push(null), drained && this._stream._detach(), drained && this._locked === !1) : drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        for (; this._buffer.buffered > 0 && !this.destroying; ) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === !1) return;
              continue;
            }
            if (this._longHeader === !0) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === !1) return !1;
              continue;
            }
            let ignore = this._buffer.shiftFirst(this._missing);
            ignore !== null && (this._missing -= ignore.byteLength);
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === !1) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err) {
        let cb = this._callback;
        this._callback = noop, cb(err);
      }
      _write(data, cb) {
        this._callback = cb, this._buffer.push(data), this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0, cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        this._stream && this._stream.destroy(getStreamError(this)), cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null, promiseResolve = null, promiseReject = null, entryStream = null, entryCallback = null, extract = this;
        return this.on("entry", onentry), this.on("error", (err) => {
          error = err;
        }), this.on("close", onclose), {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function consumeCallback(err) {
          if (!entryCallback) return;
          let cb = entryCallback;
          entryCallback = null, cb(err);
        }
        __name(consumeCallback, "consumeCallback");
        function onnext(resolve, reject) {
          if (error)
            return reject(error);
          if (entryStream) {
            resolve({ value: entryStream, done: !1 }), entryStream = null;
            return;
          }
          promiseResolve = resolve, promiseReject = reject, consumeCallback(null), extract._finished && promiseResolve && (promiseResolve({ value: void 0, done: !0 }), promiseResolve = promiseReject = null);
        }
        __name(onnext, "onnext");
        function onentry(header, stream, callback) {
          entryCallback = callback, stream.on("error", noop), promiseResolve ? (promiseResolve({ value: stream, done: !1 }), promiseResolve = promiseReject = null) : entryStream = stream;
        }
        __name(onentry, "onentry");
        function onclose() {
          consumeCallback(error), promiseResolve && (error ? promiseReject(error) : promiseResolve({ value: void 0, done: !0 }), promiseResolve = promiseReject = null);
        }
        __name(onclose, "onclose");
        function destroy(err) {
          return extract.destroy(err), consumeCallback(err), new Promise((resolve, reject) => {
            if (extract.destroyed) return resolve({ value: void 0, done: !0 });
            extract.once("close", function() {
              err ? reject(err) : resolve({ value: void 0, done: !0 });
            });
          });
        }
        __name(destroy, "destroy");
      }
    };
    module.exports = /* @__PURE__ */ __name(function(opts) {
      return new Extract(opts);
    }, "extract");
    function noop() {
    }
    __name(noop, "noop");
    function overflow(size) {
      return size &= 511, size && 512 - size;
    }
    __name(overflow, "overflow");
  }
});

// node_modules/tar-stream/constants.js
var require_constants = __commonJS({
  "node_modules/tar-stream/constants.js"(exports, module) {
    var constants2 = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module.exports = __require("fs").constants || constants2;
    } catch {
      module.exports = constants2;
    }
  }
});

// node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-stream/pack.js"(exports, module) {
    var { Readable: Readable5, Writable, getStreamError } = require_streamx(), b4a = require_b4a(), constants2 = require_constants(), headers = require_headers(), DMODE = 493, FMODE = 420, END_OF_TAR = b4a.alloc(1024), Sink = class extends Writable {
      static {
        __name(this, "Sink");
      }
      constructor(pack, header, callback) {
        super({ mapWritable, eagerOpen: !0 }), this.written = 0, this.header = header, this._callback = callback, this._linkname = null, this._isLinkname = header.type === "symlink" && !header.linkname, this._isVoid = header.type !== "file" && header.type !== "contiguous-file", this._finished = !1, this._pack = pack, this._openCallback = null, this._pack._stream === null ? this._pack._stream = this : this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb, this._pack._stream === this && this._continueOpen();
      }
      _continuePack(err) {
        if (this._callback === null) return;
        let callback = this._callback;
        this._callback = null, callback(err);
      }
      _continueOpen() {
        this._pack._stream === null && (this._pack._stream = this);
        let cb = this._openCallback;
        if (this._openCallback = null, cb !== null) {
          if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
          if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
          this._pack._stream = this, this._isLinkname || this._pack._encode(this.header), this._isVoid && (this._finish(), this._continuePack(null)), cb(null);
        }
      }
      _write(data, cb) {
        if (this._isLinkname)
          return this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data, cb(null);
        if (this._isVoid)
          return data.byteLength > 0 ? cb(new Error("No body allowed for this entry")) : cb();
        if (this.written += data.byteLength, this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        this._finished || (this._finished = !0, this._isLinkname && (this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "", this._pack._encode(this.header)), overflow(this._pack, this.header.size), this._pack._done(this));
      }
      _final(cb) {
        if (this.written !== this.header.size)
          return cb(new Error("Size mismatch"));
        this._finish(), cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this), this._continuePack(this._finished ? null : this._getError()), cb();
      }
    }, Pack = class extends Readable5 {
      static {
        __name(this, "Pack");
      }
      constructor(opts) {
        super(opts), this._drain = noop, this._finalized = !1, this._finalizing = !1, this._pending = [], this._stream = null;
      }
      entry(header, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        typeof buffer == "function" && (callback = buffer, buffer = null), callback || (callback = noop), (!header.size || header.type === "symlink") && (header.size = 0), header.type || (header.type = modeToType(header.mode)), header.mode || (header.mode = header.type === "directory" ? DMODE : FMODE), header.uid || (header.uid = 0), header.gid || (header.gid = 0), header.mtime || (header.mtime = /* @__PURE__ */ new Date()), typeof buffer == "string" && (buffer = b4a.from(buffer));
        let sink = new Sink(this, header, callback);
        return b4a.isBuffer(buffer) ? (header.size = buffer.byteLength, sink.write(buffer), sink.end(), sink) : (sink._isVoid, sink);
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = !0;
          return;
        }
        this._finalized || (this._finalized = !0, this.push(END_OF_TAR), this.push(null));
      }
      _done(stream) {
        stream === this._stream && (this._stream = null, this._finalizing && this.finalize(), this._pending.length && this._pending.shift()._continueOpen());
      }
      _encode(header) {
        if (!header.pax) {
          let buf = headers.encode(header);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header);
      }
      _encodePax(header) {
        let paxHeader = headers.encodePax({
          name: header.name,
          linkname: header.linkname,
          pax: header.pax
        }), newHeader = {
          name: "PaxHeader",
          mode: header.mode,
          uid: header.uid,
          gid: header.gid,
          size: paxHeader.byteLength,
          mtime: header.mtime,
          type: "pax-header",
          linkname: header.linkname && "PaxHeader",
          uname: header.uname,
          gname: header.gname,
          devmajor: header.devmajor,
          devminor: header.devminor
        };
        this.push(headers.encode(newHeader)), this.push(paxHeader), overflow(this, paxHeader.byteLength), newHeader.size = header.size, newHeader.type = header.type, this.push(headers.encode(newHeader));
      }
      _doDrain() {
        let drain = this._drain;
        this._drain = noop, drain();
      }
      _predestroy() {
        let err = getStreamError(this);
        for (this._stream && this._stream.destroy(err); this._pending.length; ) {
          let stream = this._pending.shift();
          stream.destroy(err), stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain(), cb();
      }
    };
    module.exports = /* @__PURE__ */ __name(function(opts) {
      return new Pack(opts);
    }, "pack");
    function modeToType(mode) {
      switch (mode & constants2.S_IFMT) {
        case constants2.S_IFBLK:
          return "block-device";
        case constants2.S_IFCHR:
          return "character-device";
        case constants2.S_IFDIR:
          return "directory";
        case constants2.S_IFIFO:
          return "fifo";
        case constants2.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    __name(modeToType, "modeToType");
    function noop() {
    }
    __name(noop, "noop");
    function overflow(self, size) {
      size &= 511, size && self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    __name(overflow, "overflow");
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
    __name(mapWritable, "mapWritable");
  }
});

// node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-stream/index.js"(exports) {
    exports.extract = require_extract();
    exports.pack = require_pack();
  }
});

// src/oci/media-types.ts
var MediaType = {
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  ociIndex: "application/vnd.oci.image.index.v1+json",
  ociConfig: "application/vnd.oci.image.config.v1+json",
  ociLayerTar: "application/vnd.oci.image.layer.v1.tar",
  ociLayerGzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  ociLayerZstd: "application/vnd.oci.image.layer.v1.tar+zstd",
  ociEmpty: "application/vnd.oci.empty.v1+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  dockerConfig: "application/vnd.docker.container.image.v1+json",
  dockerLayerGzip: "application/vnd.docker.image.rootfs.diff.tar.gzip",
  dockerLayerTar: "application/vnd.docker.image.rootfs.diff.tar",
  // CNCF TAG-Runtime Wasm OCI artifact
  wasmConfig: "application/vnd.wasm.config.v0+json",
  wasmLayer: "application/wasm",
  wasmComponentLayer: "application/vnd.bytecodealliance.wasm.component.layer.v0+wasm",
  // legacy formats worth recognising when reading
  wasmToOciConfig: "application/vnd.wasm.config.v1+json",
  wasmToOciLayer: "application/vnd.wasm.content.layer.v1+wasm",
  spinConfig: "application/vnd.fermyon.spin.application.v1+config",
  // WAMR ahead-of-time code (our own: no existing tool publishes it)
  wamrAot: "application/vnd.wasmpack.wamr.aot.v1",
  wamrAotArtifact: "application/vnd.wasmpack.wamr.aot.v1+json"
}, MANIFEST_ACCEPT = [
  MediaType.ociIndex,
  MediaType.ociManifest,
  MediaType.dockerManifestList,
  MediaType.dockerManifest
], Annotation = {
  variant: "module.wasm.image/variant",
  created: "org.opencontainers.image.created",
  title: "org.opencontainers.image.title",
  version: "org.opencontainers.image.version",
  licenses: "org.opencontainers.image.licenses",
  source: "org.opencontainers.image.source",
  revision: "org.opencontainers.image.revision",
  description: "org.opencontainers.image.description",
  authors: "org.opencontainers.image.authors",
  url: "org.opencontainers.image.url",
  refName: "org.opencontainers.image.ref.name",
  // where the portable module came from / what an AOT image was built from
  wasmDigest: "dev.wasmpack.wasm.digest",
  /** The wasm-opt run that shaped the module ("wasm-opt version 108 -O2"), when one ran. */
  wasmOpt: "dev.wasmpack.wasm-opt"
};
function layerMediaType(compression) {
  switch (compression) {
    case "gzip":
      return MediaType.ociLayerGzip;
    case "zstd":
      return MediaType.ociLayerZstd;
    case "none":
      return MediaType.ociLayerTar;
  }
}
__name(layerMediaType, "layerMediaType");
function isManifestType(mediaType) {
  return MANIFEST_ACCEPT.includes(mediaType);
}
__name(isManifestType, "isManifestType");
function isIndexType(mediaType) {
  return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerManifestList;
}
__name(isIndexType, "isIndexType");

// src/oci/digest.ts
import { createHash } from "node:crypto";
import { Transform } from "node:stream";
var DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
function sha256(bytes) {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}
__name(sha256, "sha256");
function sha256Counter() {
  let hash = createHash("sha256"), size = 0;
  return {
    update(chunk) {
      hash.update(chunk), size += chunk.length;
    },
    result: /* @__PURE__ */ __name(() => ({ digest: `sha256:${hash.digest("hex")}`, size }), "result")
  };
}
__name(sha256Counter, "sha256Counter");
async function sha256Stream(stream) {
  let counter = sha256Counter();
  for await (let chunk of stream) counter.update(chunk);
  return counter.result();
}
__name(sha256Stream, "sha256Stream");
function hashingTap() {
  let counter = sha256Counter();
  return { tap: new Transform({
    transform(chunk, _enc, callback) {
      counter.update(chunk), callback(null, chunk);
    }
  }), result: counter.result };
}
__name(hashingTap, "hashingTap");
function isDigest(value) {
  return DIGEST_RE.test(value);
}
__name(isDigest, "isDigest");
function assertDigest(value, what = "digest") {
  if (!isDigest(value))
    throw new WasmpackError("BAD_DIGEST", `${what} "${value}" is not a sha256 digest`, "a digest looks like sha256:<64 lowercase hex digits>");
  return value;
}
__name(assertDigest, "assertDigest");
function digestHex(digest) {
  return assertDigest(digest).slice(7);
}
__name(digestHex, "digestHex");
function shortDigest(digest) {
  return digest.slice(0, 19);
}
__name(shortDigest, "shortDigest");

// src/targets/layout.ts
import { randomBytes } from "node:crypto";
import { createWriteStream as createWriteStream2 } from "node:fs";
import { access, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";

// src/oci/canonical-json.ts
function canonicalJson(value) {
  return Buffer.from(JSON.stringify(sortKeys(value)), "utf8");
}
__name(canonicalJson, "canonicalJson");
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value == "object") {
    let out = {};
    for (let key of Object.keys(value).sort()) {
      let v = value[key];
      v !== void 0 && (out[key] = sortKeys(v));
    }
    return out;
  }
  return value;
}
__name(sortKeys, "sortKeys");

// src/targets/files.ts
import { createReadStream, createWriteStream } from "node:fs";
import { Readable } from "node:stream";
var READ_CHUNK = 1 << 20;
function fileOpener(path) {
  return () => createReadStream(path, { highWaterMark: READ_CHUNK });
}
__name(fileOpener, "fileOpener");
function fileRange(path) {
  return (range) => range.end > range.start ? createReadStream(path, { start: range.start, end: range.end - 1, highWaterMark: READ_CHUNK }) : Readable.from([]);
}
__name(fileRange, "fileRange");
function fileBlob(descriptor, path) {
  return { descriptor, open: fileOpener(path), openRange: fileRange(path), location: path };
}
__name(fileBlob, "fileBlob");
function scratchSink(path) {
  return { create: /* @__PURE__ */ __name(() => createWriteStream(path), "create"), open: fileOpener(path), openRange: fileRange(path), location: path };
}
__name(scratchSink, "scratchSink");
function sha256File(path) {
  return sha256Stream(fileOpener(path)());
}
__name(sha256File, "sha256File");

// src/targets/target.ts
var ROOT = { root: !0 }, CHILD = { child: !0 };
function placementTag(placement) {
  return "tag" in placement ? placement.tag : void 0;
}
__name(placementTag, "placementTag");

// src/targets/layout.ts
var LAYOUT_FILE = "oci-layout", LAYOUT_VERSION = { imageLayoutVersion: "1.0.0" };
function blobPath(dir, digest) {
  return join(dir, "blobs", "sha256", digestHex(digest));
}
__name(blobPath, "blobPath");
var LayoutTarget = class {
  constructor(dir) {
    this.dir = dir;
    this.name = `oci:${dir}`;
  }
  dir;
  static {
    __name(this, "LayoutTarget");
  }
  name;
  pendingTags = /* @__PURE__ */ new Map();
  /** Untagged roots, in the order they were copied: each gets its own index.json entry. */
  roots = /* @__PURE__ */ new Map();
  created = !1;
  ensuring;
  temps = /* @__PURE__ */ new Set();
  /** Once per target: concurrent blob writes must not each decide whether the directory is ours. */
  ensure() {
    return this.ensuring ??= this.prepare();
  }
  async prepare() {
    if (!await exists(join(this.dir, LAYOUT_FILE))) {
      if (await exists(this.dir) && (await readdir(this.dir)).length > 0)
        throw new WasmpackError("LAYOUT_NOT_EMPTY", `${this.dir} exists and is not an OCI layout`, "choose an empty or new directory for oci:DIR");
      await mkdir(join(this.dir, "blobs", "sha256"), { recursive: !0 }), this.created = !0;
    }
  }
  async exists(descriptor) {
    try {
      return (await stat(blobPath(this.dir, descriptor.digest))).size === descriptor.size;
    } catch {
      return !1;
    }
  }
  async pushBlob(blob) {
    await this.ensure();
    let dest = blobPath(this.dir, blob.descriptor.digest), temp = `${dest}.${randomBytes(4).toString("hex")}.tmp`;
    this.temps.add(temp);
    try {
      let written = await this.linkVerified(blob, temp) ?? await writeHashing(blob, temp);
      if (written.digest !== blob.descriptor.digest || written.size !== blob.descriptor.size)
        throw new WasmpackError("DIGEST_MISMATCH", `content of ${blob.descriptor.digest} has digest ${written.digest} (${written.size} bytes)`, "the source changed while it was being copied; build again");
      await rename(temp, dest);
    } finally {
      await rm(temp, { force: !0 }), this.temps.delete(temp);
    }
    return "pushed";
  }
  /**
   * A blob that rests in a file wasmpack owns (a scratch layer, another layout's blob) on the same
   * file system is hard-linked instead of copied: no bytes written. A file this process hashed
   * as it wrote it (hashedAsWritten: writeLayer's scratch sink) has been checked exactly as a copy
   * hashed on its way in would be, so only its size is checked; any other linked file is read and
   * hashed once. undefined when linking is not possible (another file system, no location), and
   * the caller copies.
   */
  async linkVerified(blob, temp) {
    if (blob.location) {
      try {
        await link(blob.location, temp);
      } catch {
        return;
      }
      return blob.hashedAsWritten ? { digest: blob.descriptor.digest, size: (await stat(temp)).size } : sha256File(temp);
    }
  }
  async pushManifest(node, placement) {
    await this.ensure();
    let present = await this.exists(node.descriptor);
    present || await this.pushBlob(node);
    let tag = placementTag(placement);
    return tag !== void 0 ? this.pendingTags.set(tag, node.descriptor) : "root" in placement && this.roots.set(node.descriptor.digest, node.descriptor), present ? "skipped" : "pushed";
  }
  async commit() {
    await this.ensure();
    let index = await readIndex(this.dir).catch((err) => {
      if (err.code === "ENOENT") return emptyIndex();
      throw err;
    }), manifests = index.manifests;
    for (let [tag, descriptor] of this.pendingTags)
      manifests = manifests.filter((d) => d.annotations?.[Annotation.refName] !== tag), manifests.push({ mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size, annotations: { [Annotation.refName]: tag } });
    for (let { mediaType, digest, size } of this.roots.values())
      manifests.some((d) => d.digest === digest) || manifests.push({ mediaType, digest, size });
    await writeAtomic(join(this.dir, LAYOUT_FILE), canonicalJson(LAYOUT_VERSION)), await writeAtomic(join(this.dir, "index.json"), canonicalJson({ ...index, manifests }));
  }
  async abort() {
    await Promise.all([...this.temps].map((t) => rm(t, { force: !0 }))), this.created && await rm(this.dir, { recursive: !0, force: !0 });
  }
  async close() {
  }
};
async function writeHashing(blob, temp) {
  let hashing = hashingTap();
  return await pipeline(blob.open(), hashing.tap, createWriteStream2(temp)), hashing.result();
}
__name(writeHashing, "writeHashing");
function emptyIndex() {
  return { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] };
}
__name(emptyIndex, "emptyIndex");
async function readIndex(dir) {
  let path = join(dir, "index.json"), text = await readFile(path, "utf8"), doc;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw corruptIndex(path, `it is not JSON (${err.message})`);
  }
  let manifests = doc?.manifests;
  if (typeof doc != "object" || doc === null || !Array.isArray(manifests)) throw corruptIndex(path, 'it has no "manifests" list');
  return doc;
}
__name(readIndex, "readIndex");
function corruptIndex(path, why) {
  return new WasmpackError("LAYOUT_CORRUPT", `${path} is not a valid OCI index: ${why}; it was left untouched`, "repair or remove the file (wasmpack build rewrites .wasmpack/oci from scratch when it is gone), or restore it from a copy");
}
__name(corruptIndex, "corruptIndex");
async function writeAtomic(path, bytes) {
  let temp = `${path}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(temp, bytes), await rename(temp, path);
}
__name(writeAtomic, "writeAtomic");
async function exists(path) {
  return access(path).then(
    () => !0,
    () => !1
  );
}
__name(exists, "exists");

// src/oci/content.ts
import { Readable as Readable2 } from "node:stream";
function isManifestNode(content) {
  return "children" in content;
}
__name(isManifestNode, "isManifestNode");
function bytesBlob(mediaType, bytes, annotations) {
  let descriptor = { mediaType, digest: sha256(bytes), size: bytes.length };
  return annotations && Object.keys(annotations).length > 0 && (descriptor.annotations = annotations), { descriptor, bytes, open: /* @__PURE__ */ __name(() => Readable2.from([bytes]), "open"), openRange: /* @__PURE__ */ __name((range) => Readable2.from([bytes.subarray(range.start, range.end)]), "openRange") };
}
__name(bytesBlob, "bytesBlob");
function openerBlob(descriptor, open, where2 = {}) {
  return { descriptor, open, ...where2.location ? { location: where2.location, hashedAsWritten: where2.hashedAsWritten === !0 } : {} };
}
__name(openerBlob, "openerBlob");
function jsonBlob(mediaType, document) {
  return bytesBlob(mediaType, canonicalJson(document));
}
__name(jsonBlob, "jsonBlob");
function manifestNode(mediaType, document, children) {
  return { ...jsonBlob(mediaType, document), children };
}
__name(manifestNode, "manifestNode");
function walk(root) {
  let seen = /* @__PURE__ */ new Set(), order = [], visit = /* @__PURE__ */ __name((node) => {
    seen.has(node.descriptor.digest) || (seen.add(node.descriptor.digest), isManifestNode(node) && node.children.forEach(visit), order.push(node));
  }, "visit");
  return visit(root), order;
}
__name(walk, "walk");
function openBytes(blob, range) {
  return range.start === 0 && range.end === blob.descriptor.size ? blob.open() : blob.openRange ? blob.openRange(range) : Readable2.from(sliceStream(blob.open(), range));
}
__name(openBytes, "openBytes");
async function* sliceStream(source, range) {
  let at = 0;
  try {
    for await (let chunk of source) {
      let buf = chunk, from = Math.max(range.start - at, 0), to = Math.min(range.end - at, buf.length);
      if (at += buf.length, to > from && (yield buf.subarray(from, to)), at >= range.end) return;
    }
  } finally {
    source.destroy();
  }
}
__name(sliceStream, "sliceStream");

// src/oci/layer.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { PassThrough, Transform as Transform2 } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";
import * as zlib from "node:zlib";
async function writeLayer(files, options) {
  let entries = [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0), mediaType = layerMediaType(options.compression), frame = /* @__PURE__ */ __name(() => tarStream(entries, options.mtime), "frame"), sink = options.sink;
  if (options.compression === "none" && !sink) {
    let { digest: digest2, size: size2 } = await sha256Stream(frame());
    return { descriptor: { mediaType, digest: digest2, size: size2 }, diffId: digest2, open: frame };
  }
  if (!sink) throw new Error(`writeLayer: a ${options.compression} layer needs a sink`);
  if (options.compression === "none") {
    let blob = hashingTap();
    await pipeline2(frame(), blob.tap, sink.create());
    let { digest: digest2, size: size2 } = blob.result();
    return { descriptor: { mediaType, digest: digest2, size: size2 }, diffId: digest2, open: sink.open, ...where(sink) };
  }
  let uncompressed = hashingTap(), compressed = hashingTap();
  await pipeline2([frame(), uncompressed.tap, ...await compressor(options.compression), compressed.tap, sink.create()]);
  let { digest, size } = compressed.result();
  return { descriptor: { mediaType, digest, size }, open: sink.open, diffId: uncompressed.result().digest, ...where(sink) };
}
__name(writeLayer, "writeLayer");
function where(sink) {
  return { ...sink.location ? { location: sink.location, hashedAsWritten: !0 } : {}, ...sink.openRange ? { openRange: sink.openRange } : {} };
}
__name(where, "where");
function tarStream(entries, mtimeSeconds) {
  let pack = import_tar_stream.default.pack(), mtime = new Date(mtimeSeconds * 1e3);
  return (async () => {
    for (let file of entries) {
      let name = file.path.replace(/^\/+/, ""), entry = pack.entry({ name, size: file.size, mode: file.mode ?? 493, mtime, uid: 0, gid: 0, uname: "", gname: "", type: "file" });
      await pipeline2(file.open(), entry);
    }
    pack.finalize();
  })().catch((err) => pack.destroy(err)), pack;
}
__name(tarStream, "tarStream");
async function compressor(compression) {
  switch (compression) {
    case "none":
      return [new PassThrough()];
    case "gzip":
      return [zlib.createGzip({ level: 6 })];
    case "zstd":
      return zstdCompressor();
  }
}
__name(compressor, "compressor");
var ZSTD_LEVEL = 3;
function zstdCompressor() {
  return [reblock(), zlib.createZstdCompress({ params: { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL } })];
}
__name(zstdCompressor, "zstdCompressor");
var ZSTD_BLOCK = 128 * 1024;
function reblock(size = ZSTD_BLOCK) {
  let pending = [], pendingSize = 0;
  return new Transform2({
    transform(chunk, _enc, callback) {
      if (pending.push(chunk), pendingSize += chunk.length, pendingSize >= size) {
        let all = Buffer.concat(pending, pendingSize), at = 0;
        for (; at + size <= all.length; at += size) this.push(all.subarray(at, at + size));
        pending = at < all.length ? [all.subarray(at)] : [], pendingSize = all.length - at;
      }
      callback();
    },
    flush(callback) {
      pendingSize > 0 && this.push(Buffer.concat(pending, pendingSize)), callback();
    }
  });
}
__name(reblock, "reblock");
async function layerDecompressor(mediaType) {
  switch (mediaType) {
    case MediaType.ociLayerGzip:
    case MediaType.dockerLayerGzip:
      return zlib.createGunzip();
    case MediaType.ociLayerTar:
    case MediaType.dockerLayerTar:
      return new PassThrough();
    case MediaType.ociLayerZstd:
      return zlib.createZstdDecompress();
    default:
      return;
  }
}
__name(layerDecompressor, "layerDecompressor");

// src/oci/image.ts
function isoTime(seconds) {
  return new Date(seconds * 1e3).toISOString().replace(".000Z", "Z");
}
__name(isoTime, "isoTime");
async function buildCompatImage(spec) {
  let layer = await writeLayer(spec.files, { mtime: spec.timestamp, compression: spec.compression, ...spec.layerSink ? { sink: spec.layerSink } : {} }), created = isoTime(spec.timestamp), runConfig = { Entrypoint: [spec.entrypoint], WorkingDir: "/" };
  spec.cmd?.length && (runConfig.Cmd = spec.cmd), spec.env?.length && (runConfig.Env = spec.env), spec.labels && Object.keys(spec.labels).length && (runConfig.Labels = spec.labels);
  let config = jsonBlob(MediaType.ociConfig, {
    created,
    architecture: "wasm",
    os: "wasi",
    config: runConfig,
    rootfs: { type: "layers", diff_ids: [layer.diffId] },
    history: [{ created, created_by: "wasmpack build" }]
  }), annotations = { ...spec.annotations, [Annotation.variant]: spec.variant ?? "compat" };
  return { manifest: manifestNode(MediaType.ociManifest, imageManifest(config.descriptor, [layer.descriptor], annotations), [config, layer]), config, layers: [layer] };
}
__name(buildCompatImage, "buildCompatImage");
async function buildWasmArtifact(spec) {
  let { digest, size } = spec.module.digest !== void 0 && spec.module.size !== void 0 ? { digest: spec.module.digest, size: spec.module.size } : await sha256Stream(spec.module.open()), layerDescriptor = {
    mediaType: MediaType.wasmLayer,
    digest,
    size,
    annotations: { [Annotation.title]: spec.title }
  }, layer = openerBlob(layerDescriptor, spec.module.open, spec.module), configDoc = {
    created: isoTime(spec.timestamp),
    architecture: "wasm",
    os: spec.kind === "component" ? "wasip2" : "wasip1",
    layerDigests: [digest]
  };
  spec.author && (configDoc.author = spec.author), spec.kind === "component" && spec.component && (configDoc.component = spec.component);
  let config = jsonBlob(MediaType.wasmConfig, configDoc);
  return { manifest: manifestNode(MediaType.ociManifest, imageManifest(config.descriptor, [layerDescriptor], spec.annotations ?? {}), [config, layer]), config, layers: [layer] };
}
__name(buildWasmArtifact, "buildWasmArtifact");
function imageManifest(config, layers, annotations, extra = {}) {
  let doc = { schemaVersion: 2, mediaType: MediaType.ociManifest, config, layers, ...extra };
  return Object.keys(annotations).length && (doc.annotations = annotations), doc;
}
__name(imageManifest, "imageManifest");

// src/oci/aot-formats.ts
var WAMR_AOT_FORMATS = [
  { format: 3, releases: "WAMR 1.x through 2.2.x", short: "1.x-2.2.x", last: "2.2.99" },
  { format: 4, releases: "WAMR 2.3.0 through 2.4.0", short: "2.3.0-2.4.0", first: "2.3.0", last: "2.4.0" },
  { format: 5, releases: "WAMR 2.4.1 and later 2.4.x releases (2.4.1-2.4.5 checked)", short: "2.4.1+", first: "2.4.1", last: "2.4.99" },
  // No release writes 6; a wamrc built from main still reports 2.4.3 (core/version.h).
  { format: 6, releases: "WAMR built from the main branch after 2.4.x (from March 2026; no release yet)", short: "newer main", mainReports: "2.4.3" }
];
function aotFormatSummary() {
  return `WAMR ${WAMR_AOT_FORMATS.map((r) => `${r.short} = ${r.format}`).join(", ")}`;
}
__name(aotFormatSummary, "aotFormatSummary");
function formatForWamrVersion(major, minor, patch) {
  let version = `${major}.${minor}.${patch}`, row = WAMR_AOT_FORMATS.find((r) => (r.first === void 0 || compareVersions(version, r.first) >= 0) && r.last !== void 0 && compareVersions(version, r.last) <= 0);
  if (!row) return { acceptedFormats: [], note: `wamrc ${version} is newer than the WAMR releases wasmpack knows; the AOT format version is taken from the .aot header` };
  let fromMain = WAMR_AOT_FORMATS.find((r) => r.mainReports === version);
  return fromMain ? { formatVersion: row.format, acceptedFormats: [row.format, fromMain.format], note: `wamrc ${version} writes format ${row.format} as a release and ${fromMain.format} when built from WAMR main after March 2026` } : { formatVersion: row.format, acceptedFormats: [row.format] };
}
__name(formatForWamrVersion, "formatForWamrVersion");
function compareVersions(a, b) {
  let [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}
__name(compareVersions, "compareVersions");
function compatibleRuntimes(formatVersion) {
  let row = WAMR_AOT_FORMATS.find((r) => r.format === formatVersion);
  return row ? { formatVersion, known: !0, text: `AOT format ${formatVersion}: loads only in ${row.releases} (iwasm, libiwasm, crun built with that WAMR)` } : {
    formatVersion,
    known: !1,
    text: `AOT format ${formatVersion}: no WAMR release wasmpack knows writes it; run it only with iwasm/libiwasm from the same WAMR build as the wamrc that made it`
  };
}
__name(compatibleRuntimes, "compatibleRuntimes");

// src/oci/aot-image.ts
var AotAnnotation = {
  wamrcVersion: "dev.wasmpack.aot.wamrc-version",
  formatVersion: "dev.wasmpack.aot.format-version",
  target: "dev.wasmpack.aot.target",
  cpu: "dev.wasmpack.aot.cpu",
  flags: "dev.wasmpack.aot.flags",
  /** The .wasm the AOT code was compiled from: AOT is trusted native code, so say where it came from. */
  wasmDigest: Annotation.wasmDigest,
  /** sibling | embedded | referrer */
  layout: "dev.wasmpack.aot.layout",
  /** Where the .aot is inside the image (sibling, embedded). */
  path: "dev.wasmpack.aot.path",
  /** Human text: the WAMR releases whose loader accepts this format version. */
  runtimes: "dev.wasmpack.aot.runtimes"
}, aotSuffix = /* @__PURE__ */ __name((arch) => `-aot-${arch}`, "aotSuffix"), embeddedSuffix = /* @__PURE__ */ __name((arch) => `-wasm-aot-${arch}`, "embeddedSuffix");
function referrersFallbackTag(digest) {
  return `sha256-${digestHex(digest)}`;
}
__name(referrersFallbackTag, "referrersFallbackTag");
function aotAnnotations(build, layout) {
  return {
    [AotAnnotation.wamrcVersion]: build.wamrcVersion,
    [AotAnnotation.formatVersion]: String(build.formatVersion),
    [AotAnnotation.target]: build.target,
    [AotAnnotation.cpu]: build.cpu,
    [AotAnnotation.flags]: build.flags.join(" "),
    [AotAnnotation.wasmDigest]: build.moduleDigest,
    [AotAnnotation.layout]: layout,
    [AotAnnotation.runtimes]: compatibleRuntimes(build.formatVersion).text
  };
}
__name(aotAnnotations, "aotAnnotations");
function inherited(annotations) {
  let out = {};
  for (let [key, value] of Object.entries(annotations ?? {}))
    key === Annotation.variant || key.startsWith("dev.wasmpack.aot.") || (out[key] = value);
  return out;
}
__name(inherited, "inherited");
function runSettingsOf(config) {
  let c = JSON.parse(config.toString("utf8")).config ?? {};
  return { ...c.Env?.length ? { env: c.Env } : {}, ...c.Cmd?.length ? { cmd: c.Cmd } : {}, ...c.Labels && Object.keys(c.Labels).length ? { labels: c.Labels } : {} };
}
__name(runSettingsOf, "runSettingsOf");
async function siblingAotImage(spec) {
  let path = `/${spec.name}.aot`;
  return buildCompatImage({
    files: [{ path, size: spec.build.size, open: spec.build.open }],
    entrypoint: path,
    ...spec.run,
    annotations: { ...inherited(spec.annotations), ...aotAnnotations(spec.build, "sibling"), [AotAnnotation.path]: path },
    timestamp: spec.timestamp,
    variant: "compat",
    compression: spec.compression,
    ...spec.layerSink ? { layerSink: spec.layerSink } : {}
  });
}
__name(siblingAotImage, "siblingAotImage");
async function embeddedImage(spec) {
  let wasmPath = `/${spec.name}.wasm`, aotPath = `/${spec.name}.aot`;
  return buildCompatImage({
    files: [
      { path: wasmPath, size: spec.module.size, open: spec.module.open },
      { path: aotPath, size: spec.build.size, open: spec.build.open }
    ],
    entrypoint: wasmPath,
    ...spec.run,
    annotations: { ...inherited(spec.annotations), ...aotAnnotations(spec.build, "embedded"), [AotAnnotation.path]: aotPath },
    timestamp: spec.timestamp,
    variant: "compat",
    compression: spec.compression,
    ...spec.layerSink ? { layerSink: spec.layerSink } : {}
  });
}
__name(embeddedImage, "embeddedImage");
function emptyConfigBlob() {
  return bytesBlob(MediaType.ociEmpty, Buffer.from("{}"));
}
__name(emptyConfigBlob, "emptyConfigBlob");
async function aotReferrer(spec) {
  if (spec.builds.length === 0) throw new WasmpackError("AOT_NOTHING_TO_SHIP", "an AOT referrer needs at least one compiled .aot", "pass --aot-target");
  let config = emptyConfigBlob(), layers = await Promise.all(
    spec.builds.map(async (build) => {
      let annotations2 = {
        [Annotation.title]: `${spec.name}-${build.target}.aot`,
        [AotAnnotation.target]: build.target,
        [AotAnnotation.cpu]: build.cpu,
        [AotAnnotation.flags]: build.flags.join(" "),
        [AotAnnotation.formatVersion]: String(build.formatVersion)
      };
      return openerBlob({ mediaType: MediaType.wamrAot, digest: build.digest, size: build.size, annotations: annotations2 }, build.open);
    })
  ), joined = /* @__PURE__ */ __name((pick, sep = ",") => [...new Set(spec.builds.map(pick))].join(sep), "joined"), formats = [...new Set(spec.builds.map((b) => b.formatVersion))], annotations = {
    ...inherited(spec.annotations),
    [Annotation.created]: isoTime(spec.timestamp),
    [AotAnnotation.wamrcVersion]: joined((b) => b.wamrcVersion),
    [AotAnnotation.formatVersion]: formats.join(","),
    [AotAnnotation.target]: joined((b) => b.target),
    [AotAnnotation.cpu]: joined((b) => `${b.target}=${b.cpu}`),
    [AotAnnotation.flags]: joined((b) => `${b.target}: ${b.flags.join(" ")}`, "; "),
    [AotAnnotation.wasmDigest]: joined((b) => b.moduleDigest),
    [AotAnnotation.layout]: "referrer",
    [AotAnnotation.runtimes]: formats.map((f) => compatibleRuntimes(f).text).join("; ")
  }, subject = { mediaType: spec.subject.mediaType, digest: spec.subject.digest, size: spec.subject.size }, document = imageManifest(
    config.descriptor,
    layers.map((l) => l.descriptor),
    annotations,
    { artifactType: MediaType.wamrAot, subject }
  );
  return manifestNode(MediaType.ociManifest, document, [config, ...layers]);
}
__name(aotReferrer, "aotReferrer");
async function buildAotImages(spec) {
  let ship = spec.ship?.length ? [...new Set(spec.ship)] : ["sibling"], moduleDigest = spec.module.digest;
  for (let result of spec.results)
    if (result.moduleDigest !== moduleDigest)
      throw new WasmpackError(
        "AOT_MODULE_MISMATCH",
        `the AOT build for ${result.target} was compiled from ${result.moduleDigest}, but the portable module is ${moduleDigest}`,
        "rebuild with --aot so the AOT code is compiled from the module being published"
      );
  let seen = /* @__PURE__ */ new Set();
  for (let result of spec.results) {
    if (seen.has(result.target)) throw new WasmpackError("AOT_DUPLICATE_TARGET", `two AOT builds for ${result.target}`, "list each --aot-target once");
    seen.add(result.target);
  }
  let extraTagged = [], referrers = [];
  for (let result of spec.results) {
    let common = { name: spec.module.name, build: result, timestamp: spec.timestamp, compression: spec.compression, annotations: spec.annotations, run: runSettingsOf(spec.portable.config.bytes) };
    if (ship.includes("sibling")) {
      let image = await siblingAotImage({ ...common, layerSink: spec.scratch(`aot-sibling-${result.target}.layer`) });
      extraTagged.push({ suffix: aotSuffix(result.target), node: image.manifest, layout: "sibling", target: result.target });
    }
    if (ship.includes("embed")) {
      let image = await embeddedImage({ ...common, module: spec.module, layerSink: spec.scratch(`aot-embedded-${result.target}.layer`) });
      extraTagged.push({ suffix: embeddedSuffix(result.target), node: image.manifest, layout: "embedded", target: result.target });
    }
  }
  return ship.includes("referrer") && spec.results.length > 0 && referrers.push(await aotReferrer({ subject: spec.portable.manifest.descriptor, name: spec.module.name, builds: spec.results, timestamp: spec.timestamp, annotations: spec.annotations })), { extraTagged, referrers };
}
__name(buildAotImages, "buildAotImages");
function describeAotImage(manifest) {
  let doc = typeof manifest == "string" || Buffer.isBuffer(manifest) ? JSON.parse(manifest.toString()) : manifest, annotations = doc.annotations ?? {}, isReferrer = doc.artifactType === MediaType.wamrAot;
  if (!isReferrer && annotations[AotAnnotation.formatVersion] === void 0) return;
  let formatVersions = (annotations[AotAnnotation.formatVersion] ?? "").split(",").filter(Boolean).map(Number).filter((n) => Number.isInteger(n)), targets = isReferrer ? (doc.layers ?? []).filter((l) => l.mediaType === MediaType.wamrAot).map((l) => {
    let a = l.annotations ?? {}, format = a[AotAnnotation.formatVersion];
    return { target: a[AotAnnotation.target] ?? "unknown", cpu: a[AotAnnotation.cpu], flags: a[AotAnnotation.flags], formatVersion: format === void 0 ? void 0 : Number(format), title: a[Annotation.title] };
  }) : [{ target: annotations[AotAnnotation.target] ?? "unknown", cpu: annotations[AotAnnotation.cpu], flags: annotations[AotAnnotation.flags], formatVersion: formatVersions[0] }], allFormats = [.../* @__PURE__ */ new Set([...formatVersions, ...targets.map((t) => t.formatVersion).filter((f) => f !== void 0)])], layoutText = annotations[AotAnnotation.layout], description = {
    layout: isReferrer ? "referrer" : layoutText === "embedded" ? "embedded" : "sibling",
    wamrcVersion: annotations[AotAnnotation.wamrcVersion] ?? "unknown",
    formatVersions: allFormats,
    targets,
    runtimes: allFormats.length ? allFormats.map((f) => compatibleRuntimes(f).text) : ["AOT format not recorded: cannot tell which WAMR loads it"]
  };
  return annotations[AotAnnotation.wasmDigest] && (description.wasmDigest = annotations[AotAnnotation.wasmDigest]), doc.subject?.digest && (description.subject = doc.subject.digest), description;
}
__name(describeAotImage, "describeAotImage");

// src/targets/layout-source.ts
import { createReadStream as createReadStream2 } from "node:fs";
import { readFile as readFile2, stat as stat2 } from "node:fs/promises";

// src/targets/source.ts
import { Readable as Readable4 } from "node:stream";

// src/targets/verify.ts
import { createHash as createHash2 } from "node:crypto";
import { Readable as Readable3 } from "node:stream";
function digestMismatch(descriptor, got, where2, code = "PULL_DIGEST_MISMATCH") {
  return new WasmpackError(
    code,
    `${where2}: content named ${descriptor.digest} (${descriptor.size} bytes) arrived as ${got.digest} (${got.size} bytes)`,
    "the image was altered after it was written, or the source is corrupt; do not run it. Push or copy it again from a source you trust"
  );
}
__name(digestMismatch, "digestMismatch");
function verifiedStream(open, descriptor, where2, code) {
  async function* checked() {
    let hash = createHash2("sha256"), size = 0;
    for await (let chunk of await open()) {
      if (size += chunk.length, size > descriptor.size) throw digestMismatch(descriptor, { digest: `more than ${descriptor.size} bytes of ${shortDigest(descriptor.digest)}`, size }, where2, code);
      hash.update(chunk), yield chunk;
    }
    let digest = `sha256:${hash.digest("hex")}`;
    if (size !== descriptor.size || digest !== descriptor.digest) throw digestMismatch(descriptor, { digest, size }, where2, code);
  }
  return __name(checked, "checked"), Readable3.from(checked(), { objectMode: !1 });
}
__name(verifiedStream, "verifiedStream");
function checkBytes(descriptor, bytes, digest, where2) {
  if (bytes.length !== descriptor.size || digest !== descriptor.digest) throw digestMismatch(descriptor, { digest, size: bytes.length }, where2);
}
__name(checkBytes, "checkBytes");

// src/targets/source.ts
var DEFAULT_SOURCE_LIMITS = { manifestBytes: 4 * 1024 * 1024, children: 64 };
async function graph(store, descriptor, limits = DEFAULT_SOURCE_LIMITS, known, depth = 0) {
  if (descriptor.size > limits.manifestBytes) throw tooBig(store.where, `manifest ${shortDigest(descriptor.digest)} is ${descriptor.size} bytes, over the ${limits.manifestBytes} byte cap`);
  let stored = known ?? await store.manifest(descriptor).catch((err) => wrap(err, `${store.where}: reading manifest ${shortDigest(descriptor.digest)}`)), bytes = stored.bytes;
  checkBytes(descriptor, bytes, stored.digest ?? sha256(bytes), store.where);
  let doc = parseManifestJson(bytes, `the manifest ${shortDigest(descriptor.digest)} of ${store.where}`), mediaType = doc.mediaType ?? descriptor.mediaType, children = [];
  if (isIndexType(mediaType) || doc.manifests) {
    if (depth > 0) throw new WasmpackError("PULL_UNSUPPORTED", `${store.where}: an index inside an index`, "wasmpack reads an image or an index of images");
    for (let child of checkedDescriptors(doc.manifests ?? [], limits, store.where))
      isManifestType(child.mediaType) && children.push(await graph(store, child, limits, void 0, depth + 1));
  } else {
    if (!doc.config) throw new WasmpackError("BAD_MANIFEST", `${store.where}: manifest ${shortDigest(descriptor.digest)} has no config`, "the image is corrupt or not an OCI image");
    for (let child of checkedDescriptors([doc.config, ...doc.layers ?? []], limits, store.where))
      await store.checkBlob?.(child), children.push({ descriptor: child, open: /* @__PURE__ */ __name(() => store.openBlob(child), "open"), ...store.blobExtras?.(child) });
  }
  return { descriptor: { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size }, bytes, children, open: /* @__PURE__ */ __name(() => Readable4.from([bytes]), "open") };
}
__name(graph, "graph");
function checkedDescriptors(list, limits, where2) {
  if (list.length > limits.children) throw tooBig(where2, `lists ${list.length} entries, over the cap of ${limits.children}`);
  return list.map((d) => {
    let desc = d;
    if (typeof desc?.digest != "string" || typeof desc.size != "number" || typeof desc.mediaType != "string" || !Number.isSafeInteger(desc.size) || desc.size < 0)
      throw new WasmpackError("BAD_MANIFEST", `${where2}: a descriptor without a valid mediaType, digest and size`, "the image is corrupt or not an OCI image");
    return desc;
  });
}
__name(checkedDescriptors, "checkedDescriptors");
function tooBig(where2, what) {
  return new WasmpackError("PULL_TOO_BIG", `${where2}: ${what}`, "this is not a wasm image wasmpack reads");
}
__name(tooBig, "tooBig");
function parseManifestJson(bytes, what) {
  try {
    let doc = JSON.parse(bytes.toString("utf8"));
    if (typeof doc == "object" && doc !== null && !Array.isArray(doc)) return doc;
  } catch {
  }
  throw new WasmpackError("BAD_MANIFEST", `${what} is not a JSON object`, "the image is corrupt or not an OCI image");
}
__name(parseManifestJson, "parseManifestJson");

// src/targets/layout-source.ts
var LayoutSource = class {
  constructor(dir, options = {}) {
    this.dir = dir;
    this.options = options;
    this.name = `oci:${dir}`;
    let verify = options.verify !== !1;
    this.store = {
      where: this.name,
      manifest: /* @__PURE__ */ __name(async (d) => ({ bytes: await readBlobFile(dir, d, this.limits.manifestBytes) }), "manifest"),
      openBlob: /* @__PURE__ */ __name((d) => {
        let path = blobPath(dir, d.digest);
        return verify ? verifiedStream(() => createReadStream2(path, { highWaterMark: READ_CHUNK }), d, this.name) : createReadStream2(path, { highWaterMark: READ_CHUNK });
      }, "openBlob"),
      checkBlob: /* @__PURE__ */ __name(async (d) => {
        if (!await stat2(blobPath(dir, d.digest)).catch(() => {
        })) throw new WasmpackError("MISSING_BLOB", `${dir} is missing blob ${d.digest}`, "the layout is incomplete; build or copy the image again");
      }, "checkBlob"),
      // A target on the same file system may hard-link the blob; it hashes a linked file itself.
      blobExtras: /* @__PURE__ */ __name((d) => ({ location: blobPath(dir, d.digest), openRange: fileRange(blobPath(dir, d.digest)) }), "blobExtras")
    };
  }
  dir;
  options;
  static {
    __name(this, "LayoutSource");
  }
  name;
  store;
  get limits() {
    return this.options.limits ?? DEFAULT_SOURCE_LIMITS;
  }
  async resolve(reference = this.options.reference) {
    let index = await this.index(), entry = chooseEntry(index.manifests, reference, this.dir);
    return this.node(entry ?? await this.describeStored(reference));
  }
  async referrers(digest) {
    let found = [];
    for (let entry of (await this.index()).manifests) {
      if (entry.annotations?.[Annotation.refName] !== void 0 || !isManifestType(entry.mediaType)) continue;
      let node = await this.node(entry);
      parseManifestJson(node.bytes, `manifest ${entry.digest} of ${this.name}`).subject?.digest === digest && found.push(node);
    }
    return found;
  }
  async close() {
  }
  node(descriptor) {
    return graph(this.store, descriptor, this.limits).catch((err) => {
      throw err.cause?.code === "ENOENT" || err.code === "ENOENT" ? new WasmpackError("MISSING_BLOB", `${this.dir} is missing manifest ${descriptor.digest}`, "the layout is incomplete; build or copy the image again") : err;
    });
  }
  /** A manifest stored by digest with no index entry (a referrer copied by digest only). */
  async describeStored(digest) {
    let info = await stat2(blobPath(this.dir, digest)).catch(() => {
    });
    if (!info) throw new WasmpackError("MISSING_BLOB", `${this.dir} has no manifest ${digest}`, "name a digest the layout holds");
    let bytes = await readBlobFile(this.dir, { mediaType: "", digest, size: info.size }, this.limits.manifestBytes);
    return { mediaType: parseManifestJson(bytes, `manifest ${digest} of ${this.name}`).mediaType ?? "", digest, size: info.size };
  }
  async index() {
    try {
      return await readIndex(this.dir);
    } catch (err) {
      throw err instanceof WasmpackError ? err : new WasmpackError("NO_LAYOUT", `${this.dir} is not an OCI image layout (no readable index.json)`, "run `wasmpack build` first, or name a layout with oci:DIR[:TAG]");
    }
  }
};
function chooseEntry(manifests, reference, where2) {
  if (reference && isDigest(reference)) return manifests.find((d) => d.digest === reference);
  let candidates = reference ? manifests.filter((d) => d.annotations?.[Annotation.refName] === reference) : manifests;
  if (candidates.length !== 1) {
    let tags = manifests.map((d) => d.annotations?.[Annotation.refName]).filter(Boolean);
    throw new WasmpackError(
      "NO_SUCH_IMAGE",
      reference ? `${where2} has no image tagged "${reference}"` : `${where2} holds ${candidates.length} images; say which`,
      tags.length ? `tags in this layout: ${tags.join(", ")}` : "the layout is empty; run `wasmpack build`"
    );
  }
  return candidates[0];
}
__name(chooseEntry, "chooseEntry");
async function readBlobFile(dir, descriptor, cap) {
  if (descriptor.size > cap) throw new WasmpackError("PULL_TOO_BIG", `manifest ${descriptor.digest} in ${dir} is ${descriptor.size} bytes, over the ${cap} byte cap`, "this is not a wasm image wasmpack reads");
  return readFile2(blobPath(dir, descriptor.digest));
}
__name(readBlobFile, "readBlobFile");

export {
  MediaType,
  MANIFEST_ACCEPT,
  Annotation,
  isManifestType,
  isIndexType,
  canonicalJson,
  sha256,
  sha256Stream,
  hashingTap,
  isDigest,
  digestHex,
  shortDigest,
  READ_CHUNK,
  fileOpener,
  fileBlob,
  scratchSink,
  ROOT,
  CHILD,
  placementTag,
  blobPath,
  LayoutTarget,
  writeAtomic,
  verifiedStream,
  DEFAULT_SOURCE_LIMITS,
  graph,
  parseManifestJson,
  LayoutSource,
  chooseEntry,
  require_tar_stream,
  layerDecompressor,
  isManifestNode,
  walk,
  openBytes,
  isoTime,
  buildCompatImage,
  buildWasmArtifact,
  aotFormatSummary,
  formatForWamrVersion,
  compatibleRuntimes,
  AotAnnotation,
  referrersFallbackTag,
  buildAotImages,
  describeAotImage
};
