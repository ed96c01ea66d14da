/**
 * Where uploads go, chosen from the environment (lib/storage/uploads.ts). No S3 service here: this
 * checks the configuration Payload receives, not a real upload.
 */
import { expect, test } from '@jest/globals'
import type { CollectionConfig, Config } from 'payload'

import { s3Settings, uploadStorage } from '../../lib/storage/uploads'

const media = (): CollectionConfig => ({ slug: 'media', upload: { staticDir: '/tmp/media' }, fields: [] })

async function mediaWith(env: Record<string, string>): Promise<CollectionConfig> {
  const config = await uploadStorage(env)({ collections: [media()] } as Config)
  const found = config.collections?.find((c) => c.slug === 'media')
  if (!found) throw new Error('no media collection')
  return found
}

const fieldNames = (collection: CollectionConfig) => collection.fields.map((f) => ('name' in f ? f.name : '')).sort()
/** The fields S3 storage records (so the database schema is the same, S3 or not). */
const STORAGE_FIELDS = ['_objectKey', 'prefix', 'url']
const upload = (collection: CollectionConfig) =>
  typeof collection.upload === 'object' ? collection.upload : { disableLocalStorage: undefined, handlers: undefined }

test('without S3_BUCKET, uploads stay on the local disk, with the same fields', async () => {
  expect(s3Settings({})).toBeNull()
  expect(s3Settings({ S3_BUCKET: '  ' })).toBeNull()
  const collection = await mediaWith({})
  expect(upload(collection).disableLocalStorage).toBeUndefined()
  expect(upload(collection).handlers ?? []).toHaveLength(0)
  expect(fieldNames(collection)).toEqual(STORAGE_FIELDS)
})

test('with S3_BUCKET, uploads go to the bucket through the S3 adapter, served at the same addresses', async () => {
  const env = {
    S3_BUCKET: 'passerelle-media',
    S3_ENDPOINT: 'http://127.0.0.1:9000',
    S3_REGION: 'eu-west-3',
    S3_ACCESS_KEY_ID: 'key',
    S3_SECRET_ACCESS_KEY: 'secret',
    S3_FORCE_PATH_STYLE: 'true',
  }
  expect(s3Settings(env)).toEqual({
    bucket: 'passerelle-media',
    endpoint: 'http://127.0.0.1:9000',
    region: 'eu-west-3',
    credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
    forcePathStyle: true,
  })
  const collection = await mediaWith(env)
  expect(upload(collection).disableLocalStorage).toBe(true)
  expect(upload(collection).handlers).toHaveLength(1)
  expect(fieldNames(collection)).toEqual(STORAGE_FIELDS)
})

test('a half-given S3 setting is refused in one line', () => {
  expect(() => s3Settings({ S3_BUCKET: 'b', S3_ENDPOINT: 'minio:9000' })).toThrow(
    /S3_ENDPOINT "minio:9000" is not an address/,
  )
  expect(() => s3Settings({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'key' })).toThrow(
    /both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/,
  )
})
