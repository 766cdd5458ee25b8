export default {
  base: './',
  build: {
    target: 'es2022',
    rollupOptions: { input: { main: 'index.html', worker: 'worker.html' } },
  },
  worker: { format: 'es' },
};
