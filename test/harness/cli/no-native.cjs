// Preloaded by a CLI test (NODE_OPTIONS=--require) to prove a command never
// loads a native addon: any attempt fails loudly.
process.dlopen = () => {
  throw new Error('a native addon was loaded');
};
