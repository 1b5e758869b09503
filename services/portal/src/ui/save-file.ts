/** Hands a file fetched through the API to the browser as a download (a plain link could not carry the token). */
export function saveFile(file: Blob, name: string) {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the file's address stops working.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
