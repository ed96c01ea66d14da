import { LogoMark } from '../brand/LogoMark'

/** The organisation's mark where Payload's own sits in the admin's header (the link to the dashboard). */
export function BrandIcon() {
  return <LogoMark size={24} className="brand-icon" />
}
