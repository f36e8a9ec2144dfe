#!/usr/bin/env node
import { run } from '../dist/src/action/main.js';
await run();
