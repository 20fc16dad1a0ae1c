// finops-integrations/aws: not built yet; see the README's "Status" section.
export {};
