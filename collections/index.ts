/**
 * The collections' configurations, for payload.config.ts. The content collections are the ones in
 * the registry (collections/registry.ts), checked here when the configuration is built, so that a
 * collection added to one and not the other stops the server at start with the reason.
 */
import type { CollectionConfig } from 'payload'

import { Events } from './Events'
import { HealthProgrammes } from './HealthProgrammes'
import { Media } from './Media'
import { Offices } from './Offices'
import { Pages } from './Pages'
import { PressReleases } from './PressReleases'
import { contentCollections, contentCollectionSlugs, type ContentCollection } from './registry'
import { Users } from './Users'

export const contentCollectionConfigs: CollectionConfig[] = [
  PressReleases,
  Events,
  HealthProgrammes,
  Offices,
  Pages,
  Media,
]

export { Users }

/** Registry and configurations agree: the same slugs, and each names its documents by the registry's title field. */
export function registryMismatches(configs: readonly CollectionConfig[]): string[] {
  const problems: string[] = []
  const slugs = new Set(configs.map((c) => c.slug))
  for (const slug of contentCollectionSlugs)
    if (!slugs.has(slug))
      problems.push(`"${slug}" is in collections/registry.ts but has no configuration in collections/index.ts`)
  for (const config of configs) {
    const entry = contentCollections[config.slug as ContentCollection]
    if (!entry) problems.push(`"${config.slug}" is configured but missing from collections/registry.ts`)
    else if (config.admin?.useAsTitle !== entry.titleField)
      problems.push(
        `"${config.slug}" uses "${config.admin?.useAsTitle}" as its title, the registry says "${entry.titleField}"`,
      )
  }
  return problems
}

const problems = registryMismatches(contentCollectionConfigs)
if (problems.length > 0) throw new Error(`Collections and registry disagree: ${problems.join('; ')}.`)
