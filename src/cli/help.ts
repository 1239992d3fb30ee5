/** `chibo4tot --help` */
export const HELP_TEXT = `chibo4tot: đánh giá "Chi bộ bốn tốt" trên bảng tính .xlsx, không cần mạng.

Cách dùng:
  chibo4tot init TỆP.xlsx
      Tạo bảng tính trống với các trang Thông tin chung, Đảng viên, Sinh hoạt,
      Nhiệm vụ, Sự việc, Cấu hình (có danh sách chọn và ghi chú ở mỗi cột).
      Không ghi đè tệp đã có.

  chibo4tot init TỆP.xlsx --dang-phi
      Theo dõi đảng phí: thêm trang Đảng phí (mỗi đảng viên một dòng, mỗi tháng
      một cột) với các đảng viên của trang Đảng viên; chạy lại thì thêm người mới
      vào cuối trang. Không sửa ô nào đã ghi, không đụng tới trang khác. Tệp chưa có
      thì được tạo như lệnh init, kèm trang Đảng phí.

  chibo4tot evaluate TỆP.xlsx [--year NĂM] [--as-of YYYY-MM-DD] [--json] [--out KẾT_QUẢ.xlsx]
      Đánh giá và in kết quả: kết luận, từng tiêu chí, từng chỉ báo, các lỗi dữ liệu.
      --year NĂM         năm đánh giá (thay cho "Năm đánh giá" trong Thông tin chung)
      --as-of NGÀY       đánh giá đến ngày này, dạng 2024-12-31 (mặc định: hôm nay)
      --json             chỉ in kết quả dạng JSON
      --out TỆP.xlsx     ghi một bản sao bảng tính có thêm trang "Đánh giá <năm>"
                         (tệp đầu vào không bao giờ bị sửa)

  chibo4tot tong-hop TỆP_HOẶC_THƯ_MỤC... [--year NĂM] [--as-of YYYY-MM-DD] [--json] [--out TỔNG_HỢP.xlsx]
      Dành cho cấp ủy cấp trên: tổng hợp kết quả của nhiều chi bộ. Mỗi tệp là bản
      đánh giá chi bộ gửi lên (có trang "Đánh giá <năm>") hoặc bảng tính của chi bộ;
      một thư mục là mọi tệp .xlsx trong đó. Tệp không đọc được thành một dòng
      "Không đọc được" kèm lý do, không làm dừng lệnh.
      --year NĂM         năm tổng hợp (mặc định: năm mà nhiều tệp có nhất)
      --as-of NGÀY       ngày đánh giá cho bảng tính chi bộ chưa có trang "Đánh giá"
                         (mặc định: 31/12 của năm)
      --json             chỉ in kết quả dạng JSON
      --out TỆP.xlsx     ghi bảng "Tổng hợp <năm>" (khổ A4 ngang) vào tệp này

  chibo4tot --help       in hướng dẫn này
`;
