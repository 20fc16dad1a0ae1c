// finops-integrations/azure: not built yet; see the README's "Status" section.
export {};
