import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// one classic script, bpmn-js and its styles inlined, written where the application serves it from
export default defineConfig({
  build: {
    outDir: resolve(__dirname, '../resources/META-INF/resources/bpmn-diagram'),
    emptyOutDir: true,
    lib: {
      entry: resolve(__dirname, 'bpmn-diagram.ts'),
      name: 'BpmnDiagram',
      formats: ['iife'],
      fileName: () => 'bpmn-diagram.js',
    },
  },
});
