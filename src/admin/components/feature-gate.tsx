import { Container, Heading, Text } from "@medusajs/ui"
import type { ComponentType, ReactNode } from "react"
import { Link } from "react-router-dom"
import { type SwitchableFeature, useFeature } from "../lib/o2c"

const LABEL: Record<SwitchableFeature, string> = {
  invoicing: "Invoicing",
  receivables: "Receivables",
  dunning: "Dunning",
}

/** What else switches a feature off: the features it is built on. */
const BECAUSE: Record<SwitchableFeature, string> = {
  invoicing: "",
  receivables: " (directly, or because invoicing is)",
  dunning: " (directly, or because receivables or invoicing is)",
}

/**
 * Renders its children only while the feature runs, so nothing asks routes
 * that answer 404 when it is switched off; `off` is what shows instead
 * (nothing by default: a widget or a section just goes).
 */
export const FeatureGate = (props: { feature: SwitchableFeature; off?: ReactNode; children: ReactNode }) => {
  const enabled = useFeature(props.feature)
  if (enabled === undefined) return null
  return <>{enabled ? props.children : (props.off ?? null)}</>
}

/** What a page of a switched-off feature says instead of its content. */
export const SwitchedOff = ({ feature }: { feature: SwitchableFeature }) => (
  <Container className="flex flex-col gap-y-2" data-testid={`o2c-switched-off-${feature}`}>
    <Heading level="h1">{LABEL[feature]} is switched off</Heading>
    <Text size="small" className="text-ui-fg-subtle">
      {LABEL[feature]} is switched off in the order-to-cash plugin options
      {BECAUSE[feature]}.{" "}
      <Link to="/settings/o2c" className="text-ui-fg-interactive">
        Settings › Order-to-cash
      </Link>{" "}
      shows which features run.
    </Text>
  </Container>
)

/** A page of a switchable feature: its content while it runs, else why it is not there. */
export function featurePage(feature: SwitchableFeature, Page: ComponentType) {
  const Gated = () => (
    <FeatureGate feature={feature} off={<SwitchedOff feature={feature} />}>
      <Page />
    </FeatureGate>
  )
  Gated.displayName = `${feature}Page`
  return Gated
}
