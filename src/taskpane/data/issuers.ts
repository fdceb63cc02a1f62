/** Suggestions for the particulars form (data, not logic): issuers, their superior body and place, per profile. */
export interface IssuerSuggestion {
  profile: "party" | "state";
  issuer: string;
  superior: string;
  place: string;
}

export const ISSUER_SUGGESTIONS: readonly IssuerSuggestion[] = [
  { profile: "party", issuer: "HUYỆN ỦY LỤC NAM", superior: "ĐẢNG BỘ TỈNH BẮC GIANG", place: "Lục Nam" },
  { profile: "party", issuer: "HUYỆN ỦY LỤC NGẠN", superior: "ĐẢNG BỘ TỈNH BẮC GIANG", place: "Lục Ngạn" },
  { profile: "party", issuer: "HUYỆN ỦY YÊN THẾ", superior: "ĐẢNG BỘ TỈNH BẮC GIANG", place: "Yên Thế" },
  { profile: "party", issuer: "HUYỆN ỦY TÂN YÊN", superior: "ĐẢNG BỘ TỈNH BẮC GIANG", place: "Tân Yên" },
  { profile: "party", issuer: "HUYỆN ỦY LẠNG GIANG", superior: "ĐẢNG BỘ TỈNH BẮC GIANG", place: "Lạng Giang" },
  { profile: "party", issuer: "HUYỆN ỦY SƠN ĐỘNG", superior: "ĐẢNG BỘ TỈNH BẮC GIANG", place: "Sơn Động" },
  { profile: "party", issuer: "HUYỆN ỦY HIỆP HÒA", superior: "ĐẢNG BỘ TỈNH BẮC GIANG", place: "Hiệp Hòa" },
  { profile: "party", issuer: "HUYỆN ỦY YÊN DŨNG", superior: "ĐẢNG BỘ TỈNH BẮC GIANG", place: "Yên Dũng" },
  { profile: "party", issuer: "THÀNH ỦY BẮC GIANG", superior: "ĐẢNG BỘ TỈNH BẮC GIANG", place: "Bắc Giang" },
  { profile: "party", issuer: "THỊ ỦY VIỆT YÊN", superior: "ĐẢNG BỘ TỈNH BẮC GIANG", place: "Việt Yên" },
  { profile: "party", issuer: "BAN TUYÊN GIÁO TỈNH ỦY", superior: "TỈNH ỦY BẮC GIANG", place: "Bắc Giang" },
  { profile: "party", issuer: "BAN TỔ CHỨC TỈNH ỦY", superior: "TỈNH ỦY BẮC GIANG", place: "Bắc Giang" },
  { profile: "state", issuer: "ỦY BAN NHÂN DÂN HUYỆN LỤC NAM", superior: "", place: "Lục Nam" },
  { profile: "state", issuer: "ỦY BAN NHÂN DÂN HUYỆN LỤC NGẠN", superior: "", place: "Lục Ngạn" },
  { profile: "state", issuer: "ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC GIANG", superior: "", place: "Bắc Giang" },
  { profile: "state", issuer: "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", superior: "UBND TỈNH BẮC GIANG", place: "Bắc Giang" },
  { profile: "state", issuer: "SỞ NỘI VỤ", superior: "UBND TỈNH BẮC GIANG", place: "Bắc Giang" },
];
