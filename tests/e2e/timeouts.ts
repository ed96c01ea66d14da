import { jest } from '@jest/globals'

// A browser journey through a production server: minutes on a loaded two-core machine, not seconds.
jest.setTimeout(180_000)
