import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/** The bare comparison page: built the same way as the app, with nothing of the app in it. */
export default defineConfig({ base: './', plugins: [react()], logLevel: 'warn' })
