package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/crc32"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Length  uint32
}

func main() {
	var buf bytes.Buffer
	h := Header{Magic: [4]byte{'G', 'O', 'B', 'N'}, Version: 2, Length: 1024}
	if err := binary.Write(&buf, binary.BigEndian, h); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(hex.EncodeToString(buf.Bytes()))
	var back Header
	binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &back)
	fmt.Println(string(back.Magic[:]), back.Version, back.Length)
	b := make([]byte, 8)
	binary.LittleEndian.PutUint32(b, 0xdeadbeef)
	fmt.Printf("% x %d\n", b[:4], binary.BigEndian.Uint16([]byte{1, 2}))
	v := binary.AppendUvarint(nil, 300)
	x, n := binary.Uvarint(v)
	fmt.Println(v, x, n)
	enc := base64.StdEncoding.EncodeToString([]byte("hello, world"))
	dec, _ := base64.URLEncoding.DecodeString("aGk_")
	fmt.Println(enc, string(dec), crc32.ChecksumIEEE([]byte("abc")))
	fmt.Printf("%x\n", bytes.ToUpper([]byte("ab")))
}
