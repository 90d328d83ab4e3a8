import { reactRouter } from '@react-router/dev/vite'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [reactRouter()],
  resolve: { tsconfigPaths: true },
  server: { host: '127.0.0.1', port: 3000 },
  build: {
    // PGlite, pg and pg-boss stay external: they are loaded from node_modules at run time.
    target: 'es2022',
  },
  ssr: {
    external: ['@electric-sql/pglite', 'pg', 'pg-boss', 'pino', 'nodemailer', 'better-auth'],
  },
})
