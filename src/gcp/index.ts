// finops-integrations/gcp: not built yet; see the README's "Status" section.
export {};
