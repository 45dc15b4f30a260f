export default defineBackground(() => {
  console.debug('Lede background ready');
});
