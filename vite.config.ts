// Vite build of the browser app. `base: './'` makes the built site work from any folder.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
});
