/**
 * Where uploaded images are kept: on this server's disk (`media/`, the default), or on S3-compatible
 * storage (AWS S3, MinIO, Scaleway, OVH …) when S3_BUCKET is set, which several app instances need
 * unless they share a volume. Through Payload's own adapter (@payloadcms/storage-s3); the files keep
 * their addresses (/api/media/file/…), served through Payload's access control either way.
 *
 * The plugin is always installed, enabled only with S3_BUCKET, so that the collection's fields (the
 * storage prefix and object key it records) are the same everywhere and SQLite's schema does not
 * depend on the environment.
 */
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

type Env = Record<string, string | undefined>

export interface S3Settings {
  bucket: string
  endpoint?: string
  region: string
  credentials?: { accessKeyId: string; secretAccessKey: string }
  forcePathStyle: boolean
}

/** The S3 settings from the environment, or null for the local disk; a half-given setting is an error. */
export function s3Settings(env: Env = process.env): S3Settings | null {
  const value = (name: string) => env[name]?.trim() || undefined
  const bucket = value('S3_BUCKET')
  if (!bucket) return null
  const endpoint = value('S3_ENDPOINT')
  if (endpoint && !/^https?:$/.test(URL.parse(endpoint)?.protocol ?? ''))
    throw new Error(`S3_ENDPOINT "${endpoint}" is not an address (e.g. https://s3.eu-west-3.amazonaws.com).`)
  const [accessKeyId, secretAccessKey] = [value('S3_ACCESS_KEY_ID'), value('S3_SECRET_ACCESS_KEY')]
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    throw new Error(
      'Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (the AWS credential chain then applies).',
    )
  return {
    bucket,
    endpoint,
    region: value('S3_REGION') ?? 'us-east-1',
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    // MinIO and most S3-compatible services address buckets by path, not by host name.
    forcePathStyle: value('S3_FORCE_PATH_STYLE') === 'true',
  }
}

export function uploadStorage(env: Env = process.env): Plugin {
  const settings = s3Settings(env)
  return s3Storage({
    enabled: settings !== null,
    alwaysInsertFields: true,
    // A prefix (empty: objects at the bucket's root) so that the prefix field exists enabled or not.
    collections: { media: { prefix: '' } },
    bucket: settings?.bucket ?? '',
    config: settings
      ? {
          endpoint: settings.endpoint,
          region: settings.region,
          credentials: settings.credentials,
          forcePathStyle: settings.forcePathStyle,
        }
      : {},
  })
}
