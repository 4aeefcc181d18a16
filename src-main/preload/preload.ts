import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../contract';
import { createBridgeApi } from './bridge-api';

// Sandboxed preload: bundled into one CommonJS file (electron.vite.config.ts), no Node APIs.
// contextBridge copies the object into the page's world, so the page cannot reach ipcRenderer
// through it or change the functions the next caller sees.
contextBridge.exposeInMainWorld('bruecke', createBridgeApi(ipcRenderer) satisfies Api);
