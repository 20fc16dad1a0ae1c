// finops-integrations/platform: not built yet; see the README's "Status" section.
export {};
