export default defineContentScript({
  registration: 'runtime',
  main() {
    return document.title;
  },
});
