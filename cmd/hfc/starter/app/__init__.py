"""The __NAME__ app: pages in pages/, components in components/."""
