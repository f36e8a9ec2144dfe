import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  __esm,
  __name
} from "./shared-runtime.js";

// node_modules/p-map/index.js
function pMap(iterable, mapper, options) {
  return mapConcurrently(iterable, mapper, options, !1);
}
function pMapSettled(iterable, mapper, options) {
  return mapConcurrently(iterable, mapper, options, !0);
}
function pMapKeyed(input, mapper, options) {
  return mapKeyed(input, mapper, options, !1);
}
function pMapSettledKeyed(input, mapper, options) {
  return mapKeyed(input, mapper, options, !0);
}
async function mapKeyed(input, mapper, options, isSettled) {
  let entries = getKeyedEntries(input);
  if (typeof mapper != "function")
    throw new TypeError("Mapper function is required");
  let mappedEntries = await mapConcurrently(entries, async ([key, inputResult]) => {
    try {
      if (inputResult.status === "rejected")
        throw inputResult.reason;
      let result = await mapper(inputResult.value, key);
      return result === pMapSkip || result === pMapStop ? result : [key, isSettled ? { status: "fulfilled", value: result } : result];
    } catch (error) {
      if (!isSettled)
        throw error;
      return [key, { status: "rejected", reason: error }];
    }
  }, options, !1);
  return input instanceof Map ? new Map(mappedEntries) : Object.setPrototypeOf(Object.fromEntries(mappedEntries), null);
}
async function mapConcurrently(iterable, mapper, {
  concurrency = Number.POSITIVE_INFINITY,
  stopOnError = !0,
  signal
} = {}, isSettled) {
  return new Promise((resolve_, reject_) => {
    validateOptions(iterable, mapper, concurrency);
    let result = [], errors = [], skippedCount = 0, isResolved = !1, isIterableDone = !1, pendingIndexes = /* @__PURE__ */ new Set(), doneIndex = Number.POSITIVE_INFINITY, currentIndex = 0, iterator = getIterator(iterable), signalListener = /* @__PURE__ */ __name(() => {
      reject(signal.reason);
    }, "signalListener"), cleanup = /* @__PURE__ */ __name(() => {
      signal?.removeEventListener("abort", signalListener);
    }, "cleanup"), resolve = /* @__PURE__ */ __name((value) => {
      resolve_(value), cleanup();
    }, "resolve"), reject = /* @__PURE__ */ __name((reason) => {
      isResolved || (isResolved = !0, reject_(reason), cleanup(), isIterableDone || closeIterator(iterator));
    }, "reject");
    if (signal) {
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      signal.addEventListener("abort", signalListener, { once: !0 });
    }
    let pull = createPuller(iterator), settleIfFinished = /* @__PURE__ */ __name(() => {
      if (isResolved || doneIndex === Number.POSITIVE_INFINITY)
        return;
      for (let index of pendingIndexes)
        if (index < doneIndex)
          return;
      if (!stopOnError) {
        let collectedErrors = [];
        for (let index = 0; index < Math.min(doneIndex, errors.length); index++)
          index in errors && collectedErrors.push(errors[index]);
        if (collectedErrors.length > 0) {
          reject(new AggregateError(collectedErrors));
          return;
        }
      }
      isResolved = !0, isIterableDone || closeIterator(iterator);
      let lastIndex = Math.min(doneIndex, result.length);
      if (lastIndex === result.length && skippedCount === 0) {
        resolve(result);
        return;
      }
      resolve(result.slice(0, lastIndex).filter((value) => value !== pMapSkip));
    }, "settleIfFinished"), next = /* @__PURE__ */ __name(async () => {
      if (isResolved || currentIndex >= doneIndex)
        return;
      let index = currentIndex++;
      pendingIndexes.add(index);
      let nextItem;
      try {
        nextItem = await pull();
      } catch (error) {
        if (pendingIndexes.delete(index), index < doneIndex)
          throw error;
        settleIfFinished();
        return;
      }
      if (nextItem.done) {
        pendingIndexes.delete(index), doneIndex = Math.min(doneIndex, index), isIterableDone = !0, settleIfFinished();
        return;
      }
      (async () => {
        try {
          let element = await nextItem.value;
          if (isResolved || index >= doneIndex)
            return;
          let value = await mapper(element, index);
          if (index >= doneIndex)
            return;
          if (value === pMapStop) {
            doneIndex = index;
            return;
          }
          value === pMapSkip && skippedCount++, result[index] = isSettled && value !== pMapSkip ? { status: "fulfilled", value } : value;
        } catch (error) {
          if (index >= doneIndex)
            return;
          if (isSettled)
            result[index] = { status: "rejected", reason: error };
          else if (stopOnError) {
            reject(error);
            return;
          } else
            errors[index] = error;
        } finally {
          pendingIndexes.delete(index), settleIfFinished();
        }
        try {
          await next();
        } catch (error) {
          reject(error);
        }
      })().then(() => new Promise(() => {
      })).then(resolve_);
    }, "next");
    (async () => {
      for (let index = 0; index < concurrency; index++) {
        try {
          await next();
        } catch (error) {
          reject(error);
          break;
        }
        if (isResolved || currentIndex >= doneIndex)
          break;
      }
    })();
  });
}
function pMapIterable(iterable, mapper, {
  concurrency = Number.POSITIVE_INFINITY,
  backpressure = concurrency,
  preserveOrder = !0
} = {}) {
  if (validateOptions(iterable, mapper, concurrency), !isLimit(backpressure, concurrency))
    throw new TypeError(`Expected \`backpressure\` to be an integer from \`concurrency\` (${concurrency}) and up or \`Infinity\`, got \`${backpressure}\` (${typeof backpressure})`);
  return {
    [Symbol.asyncIterator]() {
      let isDone = !1, generator = (async function* () {
        let iterator = getIterator(iterable), promises = [], headIndex = 0, isIterableDone = !1, doneIndex = Number.POSITIVE_INFINITY, readingCount = 0, runningMappersCount = 0, mapperWaiters = /* @__PURE__ */ new Map(), mapperWaiterCount = 0, wokenMapperWaiterCount = 0, releaseMapperSlot = /* @__PURE__ */ __name(() => {
          if (wokenMapperWaiterCount === mapperWaiterCount) {
            runningMappersCount--;
            return;
          }
          mapperWaiters.get(wokenMapperWaiterCount)(), mapperWaiters.delete(wokenMapperWaiterCount++);
        }, "releaseMapperSlot"), index = 0, stopIndex = Number.POSITIVE_INFINITY, fillIndex = 0, wake, unfilledIndexes = /* @__PURE__ */ new Set(), fillSlot = /* @__PURE__ */ __name((result) => {
          promises[fillIndex++] = result, wake?.(result), wake = void 0;
        }, "fillSlot"), pull = createPuller(iterator);
        function trySpawn() {
          if (isDone || isIterableDone || index > stopIndex || readingCount >= concurrency || promises.length - headIndex >= backpressure)
            return;
          readingCount++;
          let currentIndex = index++, promise = (async () => {
            try {
              let element;
              try {
                let { done, value } = await pull();
                if (done)
                  return isIterableDone = !0, doneIndex = Math.min(doneIndex, currentIndex), { done: !0 };
                trySpawn(), element = await value, runningMappersCount < concurrency ? runningMappersCount++ : await new Promise((resolve) => {
                  mapperWaiters.set(mapperWaiterCount++, resolve);
                });
              } finally {
                readingCount--;
              }
              trySpawn();
              let returnValue;
              try {
                if (isDone || currentIndex > stopIndex)
                  return { done: !1, value: pMapSkip };
                returnValue = await mapper(element, currentIndex);
              } finally {
                releaseMapperSlot();
              }
              return returnValue === pMapStop && (stopIndex = Math.min(stopIndex, currentIndex)), { done: !1, value: returnValue };
            } catch (error) {
              return preserveOrder ? stopIndex = Math.min(stopIndex, currentIndex) : currentIndex < doneIndex && (isDone = !0), { error };
            }
          })();
          if (preserveOrder) {
            promises.push(promise);
            return;
          }
          promises.push(void 0), unfilledIndexes.add(currentIndex), promise.then((result) => {
            if (unfilledIndexes.delete(currentIndex)) {
              if (result.done)
                for (let unfilledIndex of unfilledIndexes)
                  unfilledIndex > currentIndex && (unfilledIndexes.delete(unfilledIndex), fillSlot({ done: !0 }));
              fillSlot(result);
            }
          });
        }
        __name(trySpawn, "trySpawn"), trySpawn();
        try {
          for (; headIndex < promises.length; ) {
            let result = await (promises[headIndex] ?? new Promise((resolve) => {
              wake = resolve;
            })), { done, value } = result;
            if (promises[headIndex] = void 0, headIndex++, headIndex * 2 >= promises.length && (promises = promises.slice(headIndex), fillIndex -= headIndex, headIndex = 0), Object.hasOwn(result, "error"))
              throw result.error;
            if (done) {
              if (preserveOrder)
                return;
              continue;
            }
            if (value === pMapStop)
              return;
            trySpawn(), value !== pMapSkip && (yield value);
          }
        } finally {
          isDone = !0, isIterableDone || closeIterator(iterator);
        }
      })(), { return: generatorReturn, throw: generatorThrow } = generator;
      return generator.return = (value) => (isDone = !0, generatorReturn.call(generator, value)), generator.throw = (error) => (isDone = !0, generatorThrow.call(generator, error)), generator;
    }
  };
}
function validateOptions(iterable, mapper, concurrency) {
  if (iterable?.[Symbol.iterator] === void 0 && iterable?.[Symbol.asyncIterator] === void 0)
    throw new TypeError(`Expected \`input\` to be either an \`Iterable\` or \`AsyncIterable\`, got (${typeof iterable})`);
  if (typeof mapper != "function")
    throw new TypeError("Mapper function is required");
  if (!isLimit(concurrency, 1))
    throw new TypeError(`Expected \`concurrency\` to be an integer from 1 and up or \`Infinity\`, got \`${concurrency}\` (${typeof concurrency})`);
}
function isLimit(value, minimum) {
  return Number.isSafeInteger(value) && value >= minimum || value === Number.POSITIVE_INFINITY;
}
function getKeyedEntries(input) {
  if (input === null || typeof input != "object" && typeof input != "function")
    throw new TypeError(`Expected \`input\` to be an object, got (${input === null ? "null" : typeof input})`);
  let entries = [], addEntry = /* @__PURE__ */ __name((key, value) => {
    entries.push(Promise.resolve(value).then(
      (value2) => [key, { status: "fulfilled", value: value2 }],
      (error) => [key, { status: "rejected", reason: error }]
    ));
  }, "addEntry");
  if (input instanceof Map)
    for (let [key, value] of input)
      addEntry(key, value);
  else
    for (let key of Reflect.ownKeys(input))
      Object.getOwnPropertyDescriptor(input, key)?.enumerable && addEntry(key, input[key]);
  return entries;
}
function getIterator(iterable) {
  return iterable[Symbol.asyncIterator] === void 0 ? iterable[Symbol.iterator]() : iterable[Symbol.asyncIterator]();
}
async function closeIterator(iterator) {
  try {
    await iterator.return?.();
  } catch {
  }
}
function createPuller(iterator) {
  let isSourceDone = !1, markDone = /* @__PURE__ */ __name((item) => {
    item?.done && (isSourceDone = !0);
  }, "markDone");
  return () => {
    if (isSourceDone)
      return { done: !0 };
    let result = iterator.next();
    if (markDone(result), typeof result?.then != "function")
      return result;
    let promise = Promise.resolve(result);
    return promise.then(markDone, () => {
    }), promise;
  };
}
var pMapSkip, pMapStop, init_p_map = __esm({
  "node_modules/p-map/index.js"() {
    __name(pMap, "pMap");
    __name(pMapSettled, "pMapSettled");
    __name(pMapKeyed, "pMapKeyed");
    __name(pMapSettledKeyed, "pMapSettledKeyed");
    __name(mapKeyed, "mapKeyed");
    __name(mapConcurrently, "mapConcurrently");
    __name(pMapIterable, "pMapIterable");
    pMapSkip = /* @__PURE__ */ Symbol("skip"), pMapStop = /* @__PURE__ */ Symbol("stop");
    __name(validateOptions, "validateOptions");
    __name(isLimit, "isLimit");
    __name(getKeyedEntries, "getKeyedEntries");
    __name(getIterator, "getIterator");
    __name(closeIterator, "closeIterator");
    __name(createPuller, "createPuller");
  }
});
init_p_map();
export {
  pMap as default,
  pMapIterable,
  pMapKeyed,
  pMapSettled,
  pMapSettledKeyed,
  pMapSkip,
  pMapStop
};
